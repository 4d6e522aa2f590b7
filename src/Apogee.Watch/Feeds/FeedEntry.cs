namespace Apogee.Watch.Feeds;

/// <summary>One item of an RSS or Atom feed, as watch mode needs it: a stable id, where the article lives, and what the feed says of it.</summary>
public sealed record FeedEntry(string Id, Uri? Link, string? Title, DateTimeOffset? Published, string? Content);
