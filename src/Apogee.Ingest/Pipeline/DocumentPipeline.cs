using System.Text;
using Apogee.Core.Model;
using Apogee.Core.Pipeline;

namespace Apogee.Ingest.Pipeline;

/// <summary>
/// Clean + extract one document within its <see cref="DocumentBudget"/>: the one place every path goes through
/// (<see cref="IngestRunner"/> for <c>apogee ingest</c> and the bench, watch mode, POST /api/documents). A document over
/// the size limit is not cleaned at all; one over the time limit is stopped where the stages next check the token
/// (between steps and in their per-block and per-sentence loops), so a hostile document cannot hold a worker, a watch
/// cycle or a request for longer than the budget. Never throws: a throwing stage is a failed stage.
/// </summary>
public sealed class DocumentPipeline
{
    private readonly ICleaner _cleaner;
    private readonly ILaunchExtractor _extractor;
    private readonly TimeProvider _clock;

    public DocumentPipeline(ICleaner cleaner, ILaunchExtractor extractor, DocumentBudget? budget = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(cleaner);
        ArgumentNullException.ThrowIfNull(extractor);
        _cleaner = cleaner;
        _extractor = extractor;
        Budget = budget ?? DocumentBudget.Default;
        _clock = clock ?? TimeProvider.System;
    }

    public DocumentBudget Budget { get; }

    /// <summary>
    /// Runs the stages; <paramref name="beforeExtract"/> may adjust the clean document first (watch gives an undated
    /// item the day it was seen).
    /// </summary>
    public ProcessedDocument Process(RawDocument raw, Func<CleanDocument, CleanDocument>? beforeExtract = null)
    {
        ArgumentNullException.ThrowIfNull(raw);
        // Chars first: a string of N chars has at least N UTF-8 bytes, so most documents skip the byte count.
        if (raw.Content.Length > Budget.MaxBytes || (raw.Content.Length * 3L > Budget.MaxBytes && Encoding.UTF8.GetByteCount(raw.Content) > Budget.MaxBytes))
        {
            return new ProcessedDocument(null, null, ProcessedDocument.SizeStage, IngestErrors.OverSizeBudget(raw.Name, Encoding.UTF8.GetByteCount(raw.Content), Budget.MaxBytes), 0, 0);
        }

        using var deadline = new CancellationTokenSource(Budget.Time, _clock);
        var t0 = _clock.GetTimestamp();
        CleanDocument clean;
        try
        {
            var cleaned = _cleaner.Clean(raw, deadline.Token);
            if (!cleaned.IsSuccess) return new ProcessedDocument(null, null, ProcessedDocument.CleanStage, cleaned.Error, _clock.GetTimestamp() - t0, 0);
            clean = beforeExtract is null ? cleaned.Value : beforeExtract(cleaned.Value);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            return OverTime(raw, _clock.GetTimestamp() - t0, 0);
        }
        catch (Exception ex)
        {
            return new ProcessedDocument(null, null, ProcessedDocument.CleanStage, ex.Message, _clock.GetTimestamp() - t0, 0) { Threw = true };
        }

        var t1 = _clock.GetTimestamp();
        try
        {
            var report = _extractor.Extract(clean, deadline.Token);
            // A stage that does not check the token still finished late: over the budget all the same.
            if (deadline.IsCancellationRequested) return OverTime(raw, t1 - t0, _clock.GetTimestamp() - t1);
            return new ProcessedDocument(clean, report, null, null, t1 - t0, _clock.GetTimestamp() - t1);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            return OverTime(raw, t1 - t0, _clock.GetTimestamp() - t1);
        }
        catch (Exception ex)
        {
            return new ProcessedDocument(clean, null, ProcessedDocument.ExtractStage, ex.Message, t1 - t0, _clock.GetTimestamp() - t1) { Threw = true };
        }
    }

    private ProcessedDocument OverTime(RawDocument raw, long cleanTicks, long extractTicks) =>
        new(null, null, ProcessedDocument.TimeStage, IngestErrors.OverTimeBudget(raw.Name, Budget.Time), cleanTicks, extractTicks);
}
