using Apogee.Watch.Http;

namespace Apogee.Watch.Feeds;

/// <summary>The result of polling one feed: unchanged (304), its entries, or why it failed.</summary>
public sealed record FeedPoll(FetchStatus Status, IReadOnlyList<FeedEntry> Entries, Validators Validators, string? Error = null, bool Transient = false)
{
    public static FeedPoll Failed(string error, bool transient) => new(FetchStatus.Failed, [], Validators.None, error, transient);
}
