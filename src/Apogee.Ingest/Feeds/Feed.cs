namespace Apogee.Ingest.Feeds;

/// <summary>A parsed RSS 2.0 or Atom feed: its own title and link, and its items in document order.</summary>
public sealed record Feed(FeedFormat Format, string? Title, string? Link, IReadOnlyList<FeedItem> Items);
