using Apogee.Core.Model;
using Apogee.Core.Pipeline;
using Apogee.Core.Storage;

namespace Apogee.Watch.Pipeline;

/// <summary>
/// Runs the ordinary pipeline on a fetched document. An article with no publication date anywhere gets the day
/// it was seen (from the clock), because the extractor resolves "on Tuesday" against it.
/// </summary>
public sealed class DocumentIngestor(ICleaner cleaner, ILaunchExtractor extractor, IEventStore store, TimeProvider clock) : IDocumentIngestor
{
    public IngestOutcome Ingest(RawDocument raw)
    {
        CleanDocument clean;
        try
        {
            var cleaned = cleaner.Clean(raw);
            if (!cleaned.IsSuccess) return IngestOutcome.Failed(raw.Name, WatchErrors.Stage("clean", raw.Name, cleaned.Error!));
            clean = cleaned.Value;
        }
        catch (Exception ex)
        {
            return IngestOutcome.Failed(raw.Name, WatchErrors.Stage("clean", raw.Name, ex.Message));
        }

        var seenOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        clean = clean with { Metadata = clean.Metadata.Or(raw.Metadata).Or(new DocumentMetadata(Published: seenOn)) };

        LaunchReport report;
        try
        {
            report = extractor.Extract(clean);
        }
        catch (Exception ex)
        {
            return IngestOutcome.Failed(raw.Name, WatchErrors.Stage("extract", raw.Name, ex.Message));
        }

        try
        {
            return store.Ingest(clean, report);
        }
        catch (Exception ex)
        {
            return IngestOutcome.StoreFailed(raw.Name, WatchErrors.Stage("store", raw.Name, ex.Message));
        }
    }
}
