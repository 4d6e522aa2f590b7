using Apogee.Core.Storage;

namespace Apogee.Reporting;

/// <summary>
/// Claims that say the same thing: one field, one value (with its qualifier), one source. Each claim is one quote
/// from one document; the group is shown once with how many quotes stand behind it.
/// </summary>
public sealed record ClaimGroup(string Field, string Source, string Display, IReadOnlyList<StoredClaim> Claims)
{
    /// <summary>The earliest claim (lowest id): the one a view shows first.</summary>
    public StoredClaim First => Claims[0];

    public int Quotes => Claims.Count;
}
