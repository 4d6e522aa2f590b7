using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Apogee.Core;
using Apogee.Watch.Feeds;

namespace Apogee.Watch.Tests.Support;

/// <summary>
/// The simplest real RSS 2.0 / Atom parser, standing in until Apogee.Ingest's FeedParser lands; never throws.
/// </summary>
public sealed class MiniFeedParser : IFeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public Result<IReadOnlyList<FeedEntry>> Parse(string xml)
    {
        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            doc = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            return Result<IReadOnlyList<FeedEntry>>.Fail($"feed: not XML: {ex.Message}");
        }

        var root = doc.Root!;
        if (root.Name.LocalName == "rss")
        {
            return Result<IReadOnlyList<FeedEntry>>.Ok([.. root.Descendants("item").Select(i => new FeedEntry(
                (string?)i.Element("guid") ?? (string?)i.Element("link") ?? "",
                Link((string?)i.Element("link")),
                (string?)i.Element("title"),
                Date((string?)i.Element("pubDate")),
                (string?)i.Element("description")))]);
        }

        if (root.Name == Atom + "feed")
        {
            return Result<IReadOnlyList<FeedEntry>>.Ok([.. root.Elements(Atom + "entry").Select(e => new FeedEntry(
                (string?)e.Element(Atom + "id") ?? "",
                Link((string?)e.Elements(Atom + "link").FirstOrDefault()?.Attribute("href")),
                (string?)e.Element(Atom + "title"),
                Date((string?)e.Element(Atom + "updated")),
                (string?)e.Element(Atom + "summary")))]);
        }

        return Result<IReadOnlyList<FeedEntry>>.Fail($"feed: root element <{root.Name.LocalName}> is neither rss nor feed");
    }

    private static Uri? Link(string? s) => Uri.TryCreate(s?.Trim(), UriKind.RelativeOrAbsolute, out var u) ? u : null;

    private static DateTimeOffset? Date(string? s) =>
        DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d) ? d : null;
}
