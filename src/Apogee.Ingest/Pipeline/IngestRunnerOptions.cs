namespace Apogee.Ingest.Pipeline;

/// <summary>
/// How an <see cref="IngestRunner"/> runs: <see cref="Workers"/> threads clean and extract, the writer hands the store
/// up to <see cref="Batch"/> documents per commit (1 = one transaction per document), and a partial batch is committed
/// once no document has been ready for <see cref="FlushAfter"/> (slow input: stdin, a watch cycle, a trickle of files).
/// </summary>
public sealed record IngestRunnerOptions(int Workers, int Batch = IngestRunnerOptions.DefaultBatch)
{
    public const int DefaultBatch = 64;

    /// <summary>
    /// Long enough that a bulk run on busy cores keeps full batches (a document takes a few ms to extract, much more
    /// than that only when the machine is starved), short enough that a person at a terminal sees results promptly.
    /// </summary>
    public static readonly TimeSpan DefaultFlushAfter = TimeSpan.FromMilliseconds(200);

    public TimeSpan FlushAfter { get; init; } = DefaultFlushAfter;

    /// <summary>Each document's size and time limit (<see cref="DocumentPipeline"/>).</summary>
    public Apogee.Core.Pipeline.DocumentBudget Budget { get; init; } = Apogee.Core.Pipeline.DocumentBudget.Default;

    /// <summary>One worker per core and full batches: the bulk-load setting.</summary>
    public static IngestRunnerOptions ForMachine() => new(Environment.ProcessorCount);
}
