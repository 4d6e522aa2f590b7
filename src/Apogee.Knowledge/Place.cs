namespace Apogee.Knowledge;

/// <summary>A named place: a launch facility, city, county, province or region (or, from the sea list, a sea).</summary>
public sealed record Place(string Name, string Kind, double? Lat, double? Lon, IReadOnlyList<string> Aliases, string? Province);
