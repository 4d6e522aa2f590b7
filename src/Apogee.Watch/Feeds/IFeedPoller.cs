using Apogee.Watch.Http;

namespace Apogee.Watch.Feeds;

/// <summary>Poll: fetches a feed conditionally and parses it.</summary>
public interface IFeedPoller
{
    Task<FeedPoll> PollAsync(Uri feed, Validators validators, CancellationToken cancellationToken);
}
