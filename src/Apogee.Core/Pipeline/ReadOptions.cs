namespace Apogee.Core.Pipeline;

/// <summary>How to read inputs: the publication date for documents that carry none, and the size cap.</summary>
public sealed record ReadOptions(DateOnly? DefaultPublished = null, long MaxBytes = ReadOptions.DefaultMaxBytes)
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    public static ReadOptions Default { get; } = new();
}
