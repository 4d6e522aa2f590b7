using System.Xml;
using System.Xml.Linq;
using Apogee.Core;
using Apogee.Ingest.Reading;

namespace Apogee.Ingest.Feeds;

/// <summary>
/// Parses RSS 2.0 and Atom feeds for watch mode. DTDs are refused (no entity expansion, no external fetches);
/// malformed XML is a failed result, never an exception. Items without any id or link are skipped: they could
/// never be recognised again.
/// </summary>
public static class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    public static Result<Feed> Parse(string xml)
    {
        if (string.IsNullOrWhiteSpace(xml)) return Result<Feed>.Fail(IngestErrors.FeedEmpty);
        XDocument doc;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersFromEntities = 0 };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            doc = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            return Result<Feed>.Fail(IngestErrors.FeedMalformed(ex.Message));
        }

        var root = doc.Root!;
        if (root.Name.LocalName == "rss") return Result<Feed>.Ok(ParseRss(root));
        if (root.Name == Atom + "feed") return Result<Feed>.Ok(ParseAtom(root));
        return Result<Feed>.Fail(IngestErrors.FeedUnknownRoot(root.Name.LocalName));
    }

    private static Feed ParseRss(XElement rss)
    {
        var channel = rss.Element("channel");
        var items = new List<FeedItem>();
        foreach (var item in channel?.Elements("item") ?? [])
        {
            var link = Text(item.Element("link"));
            var id = Text(item.Element("guid")) ?? link;
            if (id is null) continue;
            var published = DateParsing.ParseTimestamp(Text(item.Element("pubDate")) ?? Text(item.Element(DublinCore + "date")));
            var html = Markup(item.Element(Content + "encoded")) ?? Markup(item.Element("description"));
            items.Add(new FeedItem(id, link, Text(item.Element("title")), published, html));
        }

        return new Feed(FeedFormat.Rss, Text(channel?.Element("title")), Text(channel?.Element("link")), items);
    }

    private static Feed ParseAtom(XElement feed)
    {
        var items = new List<FeedItem>();
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            var link = AtomLink(entry);
            var id = Text(entry.Element(Atom + "id")) ?? link;
            if (id is null) continue;
            var published = DateParsing.ParseTimestamp(Text(entry.Element(Atom + "published")) ?? Text(entry.Element(Atom + "updated")));
            var html = Markup(entry.Element(Atom + "content")) ?? Markup(entry.Element(Atom + "summary"));
            items.Add(new FeedItem(id, link, Text(entry.Element(Atom + "title")), published, html));
        }

        return new Feed(FeedFormat.Atom, Text(feed.Element(Atom + "title")), AtomLink(feed), items);
    }

    /// <summary>The alternate link (rel absent means alternate in Atom).</summary>
    private static string? AtomLink(XElement e) =>
        e.Elements(Atom + "link")
            .Where(l => (string?)l.Attribute("rel") is null or "alternate")
            .Select(l => ((string?)l.Attribute("href"))?.Trim())
            .FirstOrDefault(h => !string.IsNullOrEmpty(h));

    /// <summary>A body as HTML: escaped or CDATA HTML is already text; inline XHTML (Atom type="xhtml") is serialised back.</summary>
    private static string? Markup(XElement? e)
    {
        if (e is null) return null;
        if (!e.HasElements) return Text(e);
        var inner = e.Elements().Count() == 1 && e.Elements().Single().Name.LocalName == "div" ? e.Elements().Single() : e;
        var html = string.Concat(inner.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))).Trim();
        return html.Length == 0 ? null : html;
    }

    private static string? Text(XElement? e) => e is null || string.IsNullOrWhiteSpace(e.Value) ? null : e.Value.Trim();
}
