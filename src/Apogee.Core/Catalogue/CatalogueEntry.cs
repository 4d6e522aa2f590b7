namespace Apogee.Core.Catalogue;

/// <summary>A stored catalogue launch and the events linked to it (none: the news ingested missed it).</summary>
public sealed record CatalogueEntry(CatalogueLaunch Launch, IReadOnlyList<long> EventIds);
