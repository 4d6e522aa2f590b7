using Apogee.Core.Model;
using Apogee.Core.Pipeline;
using Apogee.Core.Storage;
using Apogee.Ingest.Pipeline;

namespace Apogee.Watch.Pipeline;

/// <summary>
/// Runs the ordinary pipeline on a fetched document. An article with no publication date anywhere gets the day
/// it was seen (from the clock), because the extractor resolves "on Tuesday" against it.
/// </summary>
public sealed class DocumentIngestor(ICleaner cleaner, ILaunchExtractor extractor, IEventStore store, TimeProvider clock, DocumentBudget? budget = null) : IDocumentIngestor
{
    // The same pipeline and per-document budget as `apogee ingest` and the web app. An item over the budget fails for
    // good (not Transient): the loop retries only store failures, so a hostile item costs one budget, once.
    private readonly DocumentPipeline _pipeline = new(cleaner, extractor, budget, clock);

    public IngestOutcome Ingest(RawDocument raw)
    {
        var seenOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var p = _pipeline.Process(raw, clean => clean with { Metadata = clean.Metadata.Or(raw.Metadata).Or(new DocumentMetadata(Published: seenOn)) });
        if (p.OverBudget) return IngestOutcome.Failed(raw.Name, p.Error!);
        if (!p.IsSuccess) return IngestOutcome.Failed(raw.Name, WatchErrors.Stage(p.FailedStage!, raw.Name, p.Error ?? ""));

        try
        {
            return store.Ingest(p.Clean!, p.Report!);
        }
        catch (Exception ex)
        {
            return IngestOutcome.StoreFailed(raw.Name, WatchErrors.Stage("store", raw.Name, ex.Message));
        }
    }
}
