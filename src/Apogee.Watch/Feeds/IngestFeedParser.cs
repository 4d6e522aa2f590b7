using Apogee.Core;
using Apogee.Ingest.Feeds;

namespace Apogee.Watch.Feeds;

/// <summary>The ingest stage's RSS 2.0 / Atom parser, seen as watch mode's <see cref="IFeedParser"/>.</summary>
public sealed class IngestFeedParser : IFeedParser
{
    public Result<IReadOnlyList<FeedEntry>> Parse(string xml) =>
        FeedParser.Parse(xml).Map(feed => (IReadOnlyList<FeedEntry>)[.. feed.Items.Select(ToEntry)]);

    private static FeedEntry ToEntry(FeedItem item) => new(
        IdOf(item),
        Uri.TryCreate(item.Link?.Trim(), UriKind.RelativeOrAbsolute, out var link) ? link : null,
        item.Title,
        item.Published,
        item.Html);

    /// <summary>An item with neither id nor link is still told apart from its neighbours by what it says.</summary>
    private static string IdOf(FeedItem item) =>
        !string.IsNullOrWhiteSpace(item.Id) ? item.Id
        : !string.IsNullOrWhiteSpace(item.Link) ? item.Link
        : "sha256:" + Hashing.Sha256Hex($"{item.Title}\n{item.Published:O}\n{item.Html}");
}
