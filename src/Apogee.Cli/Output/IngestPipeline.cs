using Apogee.Core;
using Apogee.Core.Model;
using Apogee.Core.Pipeline;
using Apogee.Core.Storage;

namespace Apogee.Cli.Output;

/// <summary>One document through clean, extract and store; every stage's failure becomes a failed outcome naming the input.</summary>
internal sealed record IngestPipeline(IDocumentReader Reader, ICleaner Cleaner, ILaunchExtractor Extractor, IEventStore Sink)
{
    public IngestOutcome Store(Result<RawDocument> raw)
    {
        if (!raw.IsSuccess) return IngestOutcome.Failed("?", raw.Error!);
        var clean = Cleaner.Clean(raw.Value);
        if (!clean.IsSuccess) return IngestOutcome.Failed(raw.Value.Name, clean.Error!);
        LaunchReport report;
        try
        {
            report = Extractor.Extract(clean.Value);
        }
        catch (Exception ex)
        {
            return IngestOutcome.Failed(raw.Value.Name, StoreMessages.Extracting(raw.Value.Origin, ex.Message));
        }

        return Sink.Ingest(clean.Value, report);
    }
}
