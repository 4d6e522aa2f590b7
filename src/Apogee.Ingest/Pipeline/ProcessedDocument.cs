using Apogee.Core.Model;

namespace Apogee.Ingest.Pipeline;

/// <summary>
/// What <see cref="DocumentPipeline"/> made of one raw document: the cleaned document and its report, or the stage
/// that failed and its message. <see cref="OverBudget"/> failures name the document and the limit already and are
/// final (watch does not retry them). Ticks are <see cref="TimeProvider"/> timestamps.
/// </summary>
public sealed record ProcessedDocument(CleanDocument? Clean, LaunchReport? Report, string? FailedStage, string? Error, long CleanTicks, long ExtractTicks)
{
    public const string SizeStage = "size";
    public const string TimeStage = "time";
    public const string CleanStage = "clean";
    public const string ExtractStage = "extract";

    /// <summary>The stage threw (its message is the exception's) rather than returning a failed result.</summary>
    public bool Threw { get; init; }

    public bool IsSuccess => FailedStage is null;

    public bool OverBudget => FailedStage is SizeStage or TimeStage;
}
