using Apogee.Core;
using Apogee.Watch.Feeds;

namespace Apogee.Watch.Tests.Support;

/// <summary>A parser with a bug: it throws instead of returning a failed result. The loop must survive it.</summary>
public sealed class ThrowingParser : IFeedParser
{
    public Result<IReadOnlyList<FeedEntry>> Parse(string xml) => throw new InvalidOperationException("parser bug");
}
