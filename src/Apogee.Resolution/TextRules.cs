using Apogee.Core.Model;
using Apogee.Core.Storage;

namespace Apogee.Resolution;

/// <summary>
/// Chooses canonical text fields (category, names, directions, times) from the values reports carry, using the claims
/// of the field in each report to weigh who said it (see <see cref="ResolutionRules.Text"/>).
/// </summary>
internal static class TextRules
{
    public static (string? Value, FieldExplanation? Why) Choose(
        string field, IReadOnlyList<ReportedEvent> reports, Func<LaunchEvent, string?> value, bool namesRule = false, string? ignore = null)
    {
        var carrying = reports.Where(r => value(r.Event) is { } v && v != ignore).ToList();
        if (carrying.Count == 0) return (null, null);
        var hasPrimary = carrying.Any(r => r.IsPrimary);
        var pool = hasPrimary ? carrying.Where(r => r.IsPrimary).ToList() : carrying;
        int Rank(string source) => namesRule ? SourceRank.ForName(source) : SourceRank.ForFigure(source);
        var groups = pool.GroupBy(r => value(r.Event)!, StringComparer.Ordinal)
            .Select(g =>
            {
                var claims = g.SelectMany(r => r.Claims).Where(c => c.Claim.Field == field).ToList();
                var rank = claims.Count == 0 ? int.MaxValue : claims.Min(c => Rank(c.Claim.Source));
                return (Value: g.Key, Rank: rank, Support: g.Count(), Claims: claims);
            })
            .ToList();
        var best = groups.OrderBy(g => g.Rank).ThenByDescending(g => g.Support).ThenBy(g => g.Value, StringComparer.Ordinal).First();
        var rule = namesRule ? ResolutionRules.Name : ResolutionRules.Text;
        var ids = best.Claims.Select(c => c.Id).Order().ToList();
        return (best.Value, new FieldExplanation(field, best.Value, rule, ids, groups.Count > 1));
    }

    public static (SiteRef? Value, FieldExplanation? Why) Site(IReadOnlyList<ReportedEvent> reports)
    {
        const string field = Vocabulary.Fields.Site;
        var carrying = reports.Where(r => r.Event.Site is not null).ToList();
        if (carrying.Count == 0) return (null, null);
        var pool = carrying.Any(r => r.IsPrimary) ? carrying.Where(r => r.IsPrimary).ToList() : carrying;
        var groups = pool.GroupBy(r => r.Event.Site!.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var best = groups
            .OrderBy(g => Specificity(g.First().Event.Site!.Kind))
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First();
        var site = best.Select(r => r.Event.Site!).OrderBy(s => s.Lat is null ? 1 : 0).First();
        var ids = best.SelectMany(r => r.Claims).Where(c => c.Claim.Field == field).Select(c => c.Id).Order().ToList();
        // Names of different specificity for one place (a facility and its province) are not a disagreement.
        var conflict = groups.Count > 1 && groups.Any(g => !Contains(g.First().Event.Site!, site));
        return (site, new FieldExplanation(field, site.Name, ResolutionRules.Site, ids, conflict));
    }

    private static bool Contains(SiteRef broad, SiteRef chosen) =>
        string.Equals(broad.Name, chosen.Name, StringComparison.OrdinalIgnoreCase) ||
        (EventMatcher.SiteScore(broad, chosen) is not null && Specificity(broad.Kind) > Specificity(chosen.Kind));

    private static int Specificity(string kind) => kind switch
    {
        Vocabulary.SiteKinds.Facility => 0,
        Vocabulary.SiteKinds.City => 1,
        Vocabulary.SiteKinds.County => 2,
        Vocabulary.SiteKinds.Province => 3,
        _ => 4,
    };
}
