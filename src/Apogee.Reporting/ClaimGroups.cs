using Apogee.Core.Storage;

namespace Apogee.Reporting;

/// <summary>
/// Groups an event's claims into <see cref="ClaimGroup"/>s, so `apogee show`, the API and the event page list
/// "North Korea: category = space_launch" once with its 12 quotes instead of 12 times. Claims are never merged away:
/// every claim stays in its group, with its own quote, speaker and document.
/// </summary>
public static class ClaimGroups
{
    /// <summary>The groups, in the order of their earliest claim; claims in a group by id.</summary>
    public static IReadOnlyList<ClaimGroup> Of(IEnumerable<StoredClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return claims
            .OrderBy(c => c.Id)
            .GroupBy(c => (c.Claim.Field, c.Claim.Source, c.Claim.Qualifier, Value: c.Claim.Value.ToString()))
            .Select(g => new ClaimGroup(g.Key.Field, g.Key.Source, ClaimDisplay.Display(g.First().Claim), g.ToList()))
            .ToList();
    }
}
