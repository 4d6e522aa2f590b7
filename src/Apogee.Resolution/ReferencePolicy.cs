using Apogee.Core.Model;

namespace Apogee.Resolution;

/// <summary>
/// When an unmatched reference mention ("the missile launched last Wednesday") may create an event of its own. It may
/// when its date is pinned to a bounded interval of at most a month: such an event is marked known-only-from-references
/// and later primary reports merge into it. A vaguer mention ("its earlier tests") would only make a vague duplicate of
/// some real launch, so its claims are kept with its document, unlinked.
/// </summary>
public static class ReferencePolicy
{
    public const int MaxWidthDays = 31;

    public static bool MayCreateEvent(LaunchEvent reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Role != Vocabulary.Roles.Reference) return true;
        return reference.Date is { Earliest: { } lo, Latest: { } hi } && hi.DayNumber - lo.DayNumber <= MaxWidthDays;
    }
}
