using Apogee.Core.Model;

namespace Apogee.Ingest.Cleaning;

/// <summary>What the boilerplate filter kept (in order), what it removed and why, and the captions it found.</summary>
public sealed record FilterResult(IReadOnlyList<string> Kept, IReadOnlyList<RemovedSpan> Removed, IReadOnlyList<string> Captions);
