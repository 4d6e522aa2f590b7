using Apogee.Core;
using Apogee.Core.Model;
using Apogee.Core.Pipeline;

namespace Apogee.Watch.Tests.Support;

/// <summary>Keeps the page as it is; stands in until Apogee.Ingest's ArticleCleaner lands.</summary>
public sealed class PassThroughCleaner : ICleaner
{
    public Result<CleanDocument> Clean(RawDocument raw) =>
        Result<CleanDocument>.Ok(new CleanDocument(raw.Name, raw.Origin, raw.Content, raw.Metadata, [], []));
}
