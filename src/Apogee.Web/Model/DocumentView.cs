using Apogee.Core.Model;

namespace Apogee.Web.Model;

/// <summary>An article as stored: clean text (untrusted, rendered as text only), claim spans, metadata, what cleaning removed.</summary>
public sealed record DocumentView(
    long Id,
    string Name,
    string Origin,
    DocumentMetadata Metadata,
    string Text,
    bool Relevant,
    IReadOnlyList<ClaimSpan> Spans,
    IReadOnlyList<RemovedSpan> Removed,
    IReadOnlyList<string> Captions,
    IReadOnlyList<long> EventIds);
