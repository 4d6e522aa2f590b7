using Apogee.Core.Model;
using Apogee.Resolution;

namespace Apogee.Storage.Sql;

/// <summary>
/// An event as committed at revision <paramref name="Rev"/> (its updated_rev: the id of the document whose ingest last
/// changed it): the stored event JSON read back, and, once loaded, every report linked to it with its claims (the input
/// of consolidation, in report-id order). Document ids are never reused once committed, so (id, rev) names one state.
/// </summary>
internal sealed record CachedEvent(long Rev, LaunchEvent Event, IReadOnlyList<ReportedEvent>? Reports)
{
    /// <summary>What the entry weighs in the cache's budget: its reports (each about a dozen claims).</summary>
    public int Weight => 1 + (Reports?.Count ?? 0);
}
