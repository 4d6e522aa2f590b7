namespace Apogee.Core.Catalogue;

/// <summary>The catalogue launch an event matches, and how far the event's site lies from the catalogue's facility (null when either has no coordinates).</summary>
public sealed record CatalogueLink(CatalogueLaunch Launch, double? SiteKm);
