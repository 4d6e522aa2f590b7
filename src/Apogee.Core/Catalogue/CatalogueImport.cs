namespace Apogee.Core.Catalogue;

/// <summary>What one import changed: launches added, launches whose facts changed, launches already stored as they are, and events whose link changed.</summary>
public sealed record CatalogueImport(int Added, int Updated, int Unchanged, int EventsRelinked);
