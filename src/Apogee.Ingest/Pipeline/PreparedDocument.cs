using Apogee.Core.Model;
using Apogee.Core.Storage;

namespace Apogee.Ingest.Pipeline;

/// <summary>
/// What one input became on a worker, before the writer saw it: a cleaned document and its report to store, or the
/// failed outcome (read, clean or extract) to report in its place. Ticks are <see cref="TimeProvider"/> timestamps.
/// </summary>
internal sealed record PreparedDocument(CleanDocument? Clean, LaunchReport? Report, IngestOutcome? Failure, long CleanTicks, long ExtractTicks)
{
    public static PreparedDocument Failed(IngestOutcome failure, long cleanTicks = 0, long extractTicks = 0) =>
        new(null, null, failure, cleanTicks, extractTicks);
}
