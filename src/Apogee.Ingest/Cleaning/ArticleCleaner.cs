using Apogee.Core;
using Apogee.Core.Model;
using Apogee.Core.Pipeline;

namespace Apogee.Ingest.Cleaning;

/// <summary>STUB (to be replaced by the ingest work): keeps the text as it is.</summary>
public sealed class ArticleCleaner : ICleaner
{
    public Result<CleanDocument> Clean(RawDocument raw) =>
        Result<CleanDocument>.Ok(new CleanDocument(raw.Name, raw.Origin, raw.Content, raw.Metadata, [], []));
}
