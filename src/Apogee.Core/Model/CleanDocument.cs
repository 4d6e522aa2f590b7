namespace Apogee.Core.Model;

/// <summary>
/// An article after cleaning: the body text claims point into (offsets are into <see cref="Text"/>),
/// what was removed and why, and photo captions kept apart as dating evidence.
/// </summary>
public sealed record CleanDocument(
    string Name,
    string Origin,
    string Text,
    DocumentMetadata Metadata,
    IReadOnlyList<RemovedSpan> Removed,
    IReadOnlyList<string> Captions)
{
    /// <summary>SHA-256 of the clean text, hex: re-ingesting the same content is recognised by it.</summary>
    public string ContentHash => Hashing.Sha256Hex(Text);
}
