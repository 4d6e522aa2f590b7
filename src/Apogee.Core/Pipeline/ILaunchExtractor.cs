using Apogee.Core.Model;

namespace Apogee.Core.Pipeline;

/// <summary>Extract: decides relevance and builds the contract's launch report with claims. Pure: no clock, no I/O.</summary>
public interface ILaunchExtractor
{
    LaunchReport Extract(CleanDocument document);

    /// <summary>
    /// As <see cref="Extract(CleanDocument)"/>, giving up with <see cref="OperationCanceledException"/> once
    /// <paramref name="cancel"/> is cancelled (the document's time budget). An extractor that does not check it finishes.
    /// </summary>
    LaunchReport Extract(CleanDocument document, CancellationToken cancel) => Extract(document);
}
