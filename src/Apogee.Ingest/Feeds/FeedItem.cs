namespace Apogee.Ingest.Feeds;

/// <summary>
/// One entry of a feed. <see cref="Id"/> is the guid/id (or the link when there is none), what watch mode remembers;
/// <see cref="Html"/> is the richest body the feed carries (content:encoded / content, else description / summary).
/// </summary>
public sealed record FeedItem(string Id, string? Link, string? Title, DateTimeOffset? Published, string? Html);
