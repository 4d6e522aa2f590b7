using Apogee.Core.Storage;

namespace Apogee.Reporting;

/// <summary>Which fields of an event the sources disagree on (exports list them; the API shows each side).</summary>
public static class EventConflicts
{
    /// <summary>The rule of <see cref="ListingSummary.Conflicts"/> (shared with the store's list summary).</summary>
    public static IReadOnlyList<string> Fields(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return ListingSummary.Conflicts(stored.Claims.Select(c => c.Claim), stored.Explanations);
    }
}
