using Apogee.Core.Catalogue;

namespace Apogee.Web.Model;

/// <summary>The catalogue launch an event matches, as the API gives it: the same keys as the CLI's JSON (Reporting.CatalogueJson).</summary>
public sealed record CatalogueView(long Id, DateOnly Date, string? Missile, string? Facility, int Count, double? ApogeeKm, double? DistanceKm)
{
    public static CatalogueView? Of(CatalogueLink? link) =>
        link?.Launch is not { } l ? null : new(l.Id, l.Day, l.Missile, l.Facility, l.Count, l.ApogeeKm, l.DistanceKm);
}
