namespace Apogee.Core.Model;

/// <summary>A launch site as specific as the text allows, with gazetteer coordinates where known.</summary>
public sealed record SiteRef(string Name, string Kind, double? Lat, double? Lon);
