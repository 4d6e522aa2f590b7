using Apogee.Core.Catalogue;
using Apogee.Core.Model;

namespace Apogee.Core.Storage;

/// <summary>
/// A resolved launch: consolidated fields (<see cref="Event"/>, with its Claims being every claim linked to it),
/// a stable id, the reporting documents, and why each figure was chosen.
/// </summary>
public sealed record StoredEvent(
    long Id,
    LaunchEvent Event,
    IReadOnlyList<string> Documents,
    IReadOnlyList<StoredClaim> Claims,
    IReadOnlyList<FieldExplanation> Explanations)
{
    public int Reports => Documents.Count;

    /// <summary>The reference catalogue's launch this event matches (docs/CATALOGUE.md), or null: the catalogue lacks it.</summary>
    public CatalogueLink? Catalogue { get; init; }
}
