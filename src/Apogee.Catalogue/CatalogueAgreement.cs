using Apogee.Core.Storage;

namespace Apogee.Catalogue;

/// <summary>
/// How far a store's events agree with the catalogue: per field, the linked events where both sides give a value and
/// how many of those agree (<see cref="CatalogueComparison"/>'s tolerances), plus how many events are linked at all.
/// </summary>
public sealed record CatalogueAgreement(int Events, int InScope, int Linked, int Launches, int LaunchesMatched, IReadOnlyList<(string Field, int Agree, int Compared)> Fields)
{
    /// <summary>The fields eval scores, as issue #16 asks; the count is listed by diff but not scored.</summary>
    public static IReadOnlyList<string> Scored { get; } =
        [CatalogueComparison.Day, CatalogueComparison.Site, CatalogueComparison.Missile, CatalogueComparison.Apogee, CatalogueComparison.Range];

    public static CatalogueAgreement Measure(IReadOnlyList<StoredEvent> events, CatalogueReview review, int launchesInPeriod)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(review);
        var checks = events.Where(e => e.Catalogue is not null).SelectMany(CatalogueComparison.Compare).ToList();
        var fields = Scored.Select(f =>
        {
            var own = checks.Where(c => c.Field == f && c.Agrees is not null).ToList();
            return (f, own.Count(c => c.Agrees == true), own.Count);
        }).ToList();
        var inScope = events.Count(CatalogueReview.InScope);
        return new CatalogueAgreement(events.Count, inScope, review.Linked, launchesInPeriod, launchesInPeriod - review.Missed.Count, fields);
    }
}
