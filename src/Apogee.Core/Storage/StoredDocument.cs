using Apogee.Core.Model;

namespace Apogee.Core.Storage;

/// <summary>A stored article: its clean text, metadata, what cleaning removed, and the claims found in it.</summary>
public sealed record StoredDocument(
    long Id,
    string Name,
    string Origin,
    DocumentMetadata Metadata,
    string Text,
    string ContentHash,
    bool Relevant,
    IReadOnlyList<RemovedSpan> Removed,
    IReadOnlyList<string> Captions,
    IReadOnlyList<StoredClaim> Claims,
    IReadOnlyList<long> EventIds);
