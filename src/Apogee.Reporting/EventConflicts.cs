using Apogee.Core.Storage;

namespace Apogee.Reporting;

/// <summary>Which fields of an event the sources disagree on (exports list them; the API shows each side).</summary>
public static class EventConflicts
{
    /// <summary>
    /// Fields whose claims carry different values, or that the store's explanations flag: either is enough, so a
    /// disagreement is never hidden by a rule that picked one side. Ordinal order, so output is stable.
    /// </summary>
    public static IReadOnlyList<string> Fields(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var flagged = stored.Explanations.Where(x => x.Conflict).Select(x => x.Field).ToHashSet(StringComparer.Ordinal);
        var disputed = stored.Claims
            .GroupBy(c => c.Claim.Field, StringComparer.Ordinal)
            .Where(g => g.Select(c => ClaimDisplay.Display(c.Claim)).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1)
            .Select(g => g.Key);
        return flagged.Union(disputed, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }
}
