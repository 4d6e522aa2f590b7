namespace Apogee.Catalogue;

/// <summary>One row of a CNS table (one missile) as read, its values checked; <see cref="Line"/> is its line in the file.</summary>
public sealed record CatalogueRow(
    long Line,
    DateOnly Day,
    string? Missile,
    string? MissileType,
    string? Facility,
    double? Lat,
    double? Lon,
    double? ApogeeKm,
    double? DistanceKm,
    string? Outcome);
