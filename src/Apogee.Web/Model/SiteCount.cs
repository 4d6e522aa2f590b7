namespace Apogee.Web.Model;

/// <summary>A launch site on the map: where it is and how many matching launches it saw.</summary>
public sealed record SiteCount(string Name, string Kind, double? Lat, double? Lon, int Count);
