using Apogee.Core.Model;

namespace Apogee.Resolution;

/// <summary>
/// One document's account of an event, as linked to it: the document, whether the document is about this launch
/// (primary) or mentions it (reference), the event as that document reported it, and its claims with their ids.
/// </summary>
public sealed record ReportedEvent(long DocumentId, string Role, LaunchEvent Event, IReadOnlyList<IdentifiedClaim> Claims)
{
    public bool IsPrimary => Role == Vocabulary.Roles.Primary;
}
