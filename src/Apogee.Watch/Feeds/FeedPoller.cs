using Apogee.Watch.Http;

namespace Apogee.Watch.Feeds;

/// <summary>Fetches a feed with its validators and parses it; relative item links are resolved against the feed's final URL.</summary>
public sealed class FeedPoller(IHttpFetcher fetcher, IFeedParser parser) : IFeedPoller
{
    public async Task<FeedPoll> PollAsync(Uri feed, Validators validators, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.GetAsync(feed, validators, cancellationToken).ConfigureAwait(false);
        switch (fetched.Status)
        {
            case FetchStatus.NotModified:
                return new FeedPoll(FetchStatus.NotModified, [], fetched.Validators);
            case FetchStatus.Failed:
                return FeedPoll.Failed(fetched.Error ?? WatchErrors.Status(feed, 0), fetched.Transient);
        }

        var parsed = parser.Parse(fetched.Body ?? "");
        if (!parsed.IsSuccess) return FeedPoll.Failed(WatchErrors.MalformedFeed(feed, parsed.Error!), transient: false);
        var entries = parsed.Value
            .Select(e => e with { Link = Resolve(fetched.Url, e.Link) })
            .ToList();
        return new FeedPoll(FetchStatus.Fetched, entries, fetched.Validators);
    }

    private static Uri? Resolve(Uri baseUrl, Uri? link) =>
        link is null ? null : link.IsAbsoluteUri ? link : Uri.TryCreate(baseUrl, link, out var abs) ? abs : null;
}
