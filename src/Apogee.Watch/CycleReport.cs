using Apogee.Watch.Alerts;

namespace Apogee.Watch;

/// <summary>What one poll cycle did: sources polled, unchanged (304) or skipped while backing off, documents ingested, failures, alerts.</summary>
public sealed record CycleReport(
    int Polled,
    int Unchanged,
    int BackingOff,
    int Ingested,
    IReadOnlyList<string> Failures,
    IReadOnlyList<Alert> Alerts);
