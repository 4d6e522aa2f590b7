using Apogee.Core.Model;
using Apogee.Core.Storage;

namespace Apogee.Watch.Pipeline;

/// <summary>Ingest: clean, extract and store one raw document. A failing stage comes back as a failed outcome, never an exception.</summary>
public interface IDocumentIngestor
{
    IngestOutcome Ingest(RawDocument raw);
}
