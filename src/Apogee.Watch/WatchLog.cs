using Microsoft.Extensions.Logging;

namespace Apogee.Watch;

/// <summary>What watch logs: one line per cycle (its tally), and one per problem a source or the state file had.</summary>
public static partial class WatchLog
{
    public const string Category = "apogee.watch";

    [LoggerMessage(EventId = 1, EventName = "cycle", Level = LogLevel.Information,
        Message = "watch: polled {Polled}, unchanged {Unchanged}, backing off {BackingOff}, ingested {Ingested}, alerts {Alerts}, failures {Failures}")]
    public static partial void Cycle(ILogger logger, int polled, int unchanged, int backingOff, int ingested, int alerts, int failures);

    [LoggerMessage(EventId = 2, EventName = "problem", Level = LogLevel.Warning, Message = "watch: {Problem}")]
    public static partial void Problem(ILogger logger, string problem);

    public static void Cycle(ILogger logger, CycleReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        Cycle(logger, r.Polled, r.Unchanged, r.BackingOff, r.Ingested, r.Alerts.Count, r.Failures.Count);
    }
}
