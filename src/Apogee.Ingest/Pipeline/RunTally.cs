using Apogee.Core.Storage;

namespace Apogee.Ingest.Pipeline;

/// <summary>The writer's running totals; only the writer thread touches it, so it needs no locking.</summary>
internal sealed class RunTally(TimeProvider clock)
{
    private readonly long _started = clock.GetTimestamp();
    private long _read;
    private long _failed;
    private long _relevant;
    private long _created;
    private long _stored;
    private long _commits;
    private long _cleanTicks;
    private long _extractTicks;
    private long _storeTicks;

    public void Add(PreparedDocument prepared, IngestOutcome outcome)
    {
        _read++;
        _cleanTicks += prepared.CleanTicks;
        _extractTicks += prepared.ExtractTicks;
        _relevant += prepared.Report?.Relevant == true ? 1 : 0;
        _failed += outcome.Status == IngestStatus.Failed ? 1 : 0;
        _created += outcome.EventsCreated.Count;
    }

    public void Stored(int documents, long ticks)
    {
        _stored += documents;
        _commits++;
        _storeTicks += ticks;
    }

    public IngestRunStats Snapshot() => new(
        _read,
        _failed,
        _relevant,
        _created,
        _stored,
        _commits,
        Span(_cleanTicks),
        Span(_extractTicks),
        Span(_storeTicks),
        clock.GetElapsedTime(_started));

    private TimeSpan Span(long ticks) => TimeSpan.FromSeconds((double)ticks / clock.TimestampFrequency);
}
