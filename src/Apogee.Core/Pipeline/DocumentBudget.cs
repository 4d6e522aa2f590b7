namespace Apogee.Core.Pipeline;

/// <summary>
/// What one document may cost before it is given up: its size (UTF-8 bytes of its content) and its cleaning plus
/// extraction time. Every path (ingest, watch, POST /api/documents) runs documents through one
/// <c>Apogee.Ingest.Pipeline.DocumentPipeline</c> that holds to it (docs/INGEST.md "Budget").
/// </summary>
public sealed record DocumentBudget(long MaxBytes = ReadOptions.DefaultMaxBytes, TimeSpan? MaxTime = null)
{
    /// <summary>
    /// Cleaning and extraction are linear at well under 1 s per MB on one core, so a 10 MB document needs a few
    /// seconds on a quiet machine; 30 s leaves room for a busy one and still bounds a hostile feed item.
    /// </summary>
    public static readonly TimeSpan DefaultMaxTime = TimeSpan.FromSeconds(30);

    public static DocumentBudget Default { get; } = new();

    public TimeSpan Time => MaxTime ?? DefaultMaxTime;
}
