namespace Apogee.Ingest.Pipeline;

/// <summary>
/// Counts and stage times of one <see cref="IngestRunner"/> run (or of the run so far, for progress). Clean and extract
/// times are summed over workers (CPU time); store time is the writer's wall time; <see cref="Commits"/> is the number
/// of store calls, so <c>Stored / Commits</c> is the mean batch size.
/// </summary>
public sealed record IngestRunStats(
    long Read,
    long Failed,
    long Relevant,
    long Created,
    long Stored,
    long Commits,
    TimeSpan Clean,
    TimeSpan Extract,
    TimeSpan Store,
    TimeSpan Elapsed)
{
    public double PerSecond => Elapsed > TimeSpan.Zero ? Read / Elapsed.TotalSeconds : 0;
}
