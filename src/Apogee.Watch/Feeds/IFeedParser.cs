using Apogee.Core;

namespace Apogee.Watch.Feeds;

/// <summary>Parse: RSS 2.0 or Atom XML to entries. A malformed feed is a failed result naming the problem, never an exception.</summary>
public interface IFeedParser
{
    Result<IReadOnlyList<FeedEntry>> Parse(string xml);
}
