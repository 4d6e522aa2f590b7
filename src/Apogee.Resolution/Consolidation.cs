using Apogee.Core.Model;
using Apogee.Core.Storage;

namespace Apogee.Resolution;

/// <summary>
/// An event's consolidated fields (claims not included), why each was chosen, and whether the event is known only
/// from reference mentions (no document is about it yet).
/// </summary>
public sealed record Consolidation(LaunchEvent Event, IReadOnlyList<FieldExplanation> Explanations, bool ReferenceOnly);
