using Apogee.Core.Model;
using Apogee.Core.Storage;

namespace Apogee.Web.Model;

/// <summary>
/// Everything the event page shows: consolidated fields, why each was chosen, the claims grouped by source,
/// the disagreements side by side, the reporting articles, reference launches, and the ballistics analysis when one exists.
/// </summary>
public sealed record EventDetail(
    EventSummary Summary,
    string? Weekday,
    string? PartOfDay,
    CountRange? CountRange,
    string? Basing,
    Impact? Impact,
    double? SpeedMach,
    double? FlightTimeMin,
    IReadOnlyList<FieldExplanation> Explanations,
    IReadOnlyList<SourceGroup> Sources,
    IReadOnlyList<ConflictView> Conflicts,
    IReadOnlyList<DocumentLink> Documents,
    IReadOnlyList<EventLink> References,
    object? Ballistics)
{
    /// <summary>Each compared field beside the catalogue's value (day, site, missile, count, apogee, range); empty when no launch matches.</summary>
    public IReadOnlyList<Apogee.Catalogue.FieldCheck> CatalogueChecks { get; init; } = [];
}
