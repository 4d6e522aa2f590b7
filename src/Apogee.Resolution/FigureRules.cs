using System.Globalization;
using Apogee.Core.Model;
using Apogee.Core.Storage;

namespace Apogee.Resolution;

/// <summary>Chooses numeric figures and counts from claims (see <see cref="ResolutionRules.Figure"/>).</summary>
internal static class FigureRules
{
    public static (double? Value, FieldExplanation? Why) Number(string field, IReadOnlyList<ReportedEvent> reports, Func<LaunchEvent, double?> reported)
    {
        var claims = ClaimsOf(field, reports).Where(c => c.Claim.Value.Number is not null).ToList();
        if (claims.Count > 0)
        {
            var support = claims.GroupBy(c => Key(c.Claim.Value.Number!.Value)).ToDictionary(g => g.Key, g => g.Count());
            var best = claims
                .OrderBy(c => SourceRank.ForFigure(c.Claim.Source))
                .ThenBy(c => SourceRank.Qualifier(c.Claim.Qualifier))
                .ThenByDescending(c => support[Key(c.Claim.Value.Number!.Value)])
                .ThenByDescending(c => c.Claim.Value.Number!.Value) // a tie goes by value, not by claim id: ids follow arrival order
                .ThenBy(c => c.Id)
                .First();
            var value = best.Claim.Value.Number!.Value;
            var ids = claims.Where(c => Key(c.Claim.Value.Number!.Value) == Key(value)).Select(c => c.Id).ToList();
            return (value, new FieldExplanation(field, Format(value), ResolutionRules.Figure, ids, support.Count > 1));
        }

        var fromReports = FromReports(reports, e => reported(e) is { } v ? Format(v) : null);
        return fromReports is null
            ? (null, null)
            : (double.Parse(fromReports.Value.Value, CultureInfo.InvariantCulture),
               new FieldExplanation(field, fromReports.Value.Value, ResolutionRules.FromReports, [], fromReports.Value.Conflict));
    }

    public static (CountRange? Value, FieldExplanation? Why) Count(IReadOnlyList<ReportedEvent> reports)
    {
        const string field = Vocabulary.Fields.Count;
        var claims = ClaimsOf(field, reports).Where(c => c.Claim.Value.Count is not null).ToList();
        if (claims.Count > 0)
        {
            var support = claims.GroupBy(c => c.Claim.Value.Count!).ToDictionary(g => g.Key, g => g.Count());
            var best = claims
                .OrderBy(c => SourceRank.ForFigure(c.Claim.Source))
                .ThenBy(c => c.Claim.Value.Count!.Max == c.Claim.Value.Count.Min ? 0 : 1)
                .ThenBy(c => SourceRank.Qualifier(c.Claim.Qualifier))
                .ThenByDescending(c => support[c.Claim.Value.Count!])
                .ThenByDescending(c => c.Claim.Value.Count!.Max ?? int.MaxValue) // as for figures: the larger count, whichever report came first
                .ThenByDescending(c => c.Claim.Value.Count!.Min)
                .ThenBy(c => c.Id)
                .First();
            var value = best.Claim.Value.Count!;
            var ids = claims.Where(c => c.Claim.Value.Count == value).Select(c => c.Id).ToList();
            return (value, new FieldExplanation(field, value.ToString(), ResolutionRules.Figure, ids, support.Count > 1));
        }

        var counts = reports.Where(r => r.Event.Count is not null).ToList();
        var chosen = FromReports(reports, e => e.Count?.ToString());
        if (chosen is null) return (null, null);
        var range = counts.First(r => r.Event.Count!.ToString() == chosen.Value.Value).Event.Count;
        return (range, new FieldExplanation(field, chosen.Value.Value, ResolutionRules.FromReports, [], chosen.Value.Conflict));
    }

    public static IEnumerable<IdentifiedClaim> ClaimsOf(string field, IEnumerable<ReportedEvent> reports) =>
        reports.SelectMany(r => r.Claims).Where(c => c.Claim.Field == field);

    /// <summary>The value primary reports carry (reference reports only when there is no primary), most-reported, then ordinal.</summary>
    public static (string Value, bool Conflict)? FromReports(IReadOnlyList<ReportedEvent> reports, Func<LaunchEvent, string?> value)
    {
        var pool = reports.Any(r => r.IsPrimary && value(r.Event) is not null) ? reports.Where(r => r.IsPrimary) : reports;
        var groups = pool.Select(r => value(r.Event)).OfType<string>().GroupBy(v => v, StringComparer.Ordinal).ToList();
        if (groups.Count == 0) return null;
        var best = groups.OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        return (best.Key, groups.Count > 1);
    }

    public static string Format(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    private static double Key(double v) => Math.Round(v, 3);
}
