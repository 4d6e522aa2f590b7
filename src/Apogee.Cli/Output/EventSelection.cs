using Apogee.Core.Storage;

namespace Apogee.Cli.Output;

/// <summary>
/// The events a listing selected, and whether the store holds a reference catalogue at all: without one no event can be
/// linked, so the table says "-" (not checked) rather than "none" (the catalogue lacks it).
/// </summary>
internal sealed record EventSelection(IReadOnlyList<StoredEvent> Events, bool StoreHasCatalogue);
