using Apogee.Watch.Alerts;
using Apogee.Watch.Feeds;
using Apogee.Watch.Pipeline;

namespace Apogee.Watch;

/// <summary>The roles the watch loop composes, each with one job.</summary>
public sealed record WatchParts(
    IFeedPoller Feeds,
    IPageFetcher Pages,
    IDocumentIngestor Ingestor,
    AlertPlanner Planner,
    IReadOnlyList<IAlertSink> Sinks);
