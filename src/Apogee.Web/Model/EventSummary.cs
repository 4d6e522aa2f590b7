using Apogee.Core.Model;

namespace Apogee.Web.Model;

/// <summary>One row of the events list, the table and the exports: the consolidated figures and who reported them.</summary>
public sealed record EventSummary(
    long Id,
    DateOnly? Earliest,
    DateOnly? Latest,
    string DateBasis,
    string? TimeLocal,
    string Actor,
    string Category,
    string? RangeClass,
    string? MissileName,
    SiteRef? Site,
    string? Direction,
    double? RangeKm,
    double? ApogeeKm,
    string? Count,
    int Reports,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Conflicts)
{
    /// <summary>The reference catalogue's launch this event matches, or null: the catalogue lacks it (docs/CATALOGUE.md).</summary>
    public CatalogueView? Catalogue { get; init; }
}
