using Apogee.Core.Model;
using Apogee.Core.Storage;

namespace Apogee.Resolution;

/// <summary>An event's date: the intersection of its reports' intervals, or the best-supported interval when they disagree.</summary>
internal static class DateRules
{
    public static (DateBounds Value, FieldExplanation? Why) Choose(IReadOnlyList<ReportedEvent> reports)
    {
        const string field = Vocabulary.Fields.Date;
        var pool = reports.Any(r => r.IsPrimary) ? reports.Where(r => r.IsPrimary).ToList() : reports.ToList();
        var known = pool.Where(r => r.Event.Date.Earliest is not null || r.Event.Date.Latest is not null).ToList();
        if (known.Count == 0) return (DateBounds.Unknown, null);
        var ids = known.SelectMany(r => r.Claims).Where(c => c.Claim.Field == field).Select(c => c.Id).Order().ToList();

        // As the reports give them; then, if they do not meet, with each no-day report's publication window (the week
        // before it was published) in place of its guess (ReportDates).
        foreach (var windows in new[] { false, true })
        {
            var dates = known.Select(r => windows && r.IsPrimary && ReportDates.IsPublicationWindow(r.Event.Date) ? ReportDates.ForMatching(r.Event) : r.Event.Date).ToList();
            var lo = dates.Select(d => d.Earliest).Where(d => d is not null).DefaultIfEmpty(null).Max();
            var hi = dates.Select(d => d.Latest).Where(d => d is not null).DefaultIfEmpty(null).Min();
            if (lo is not null && hi is not null && lo > hi) continue;
            var basis = string.Join("+", known.Select(r => r.Event.Date.Basis).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            var value = new DateBounds(lo, hi, known.Count == 1 ? known[0].Event.Date.Basis : $"intersection({basis})");
            return (value, new FieldExplanation(field, Format(value), windows ? ResolutionRules.DateWindowIntersection : ResolutionRules.DateIntersection, ids, false));
        }

        var best = known
            .GroupBy(r => (r.Event.Date.Earliest, r.Event.Date.Latest))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => Width(g.First().Event.Date))
            .ThenBy(g => g.Key.Earliest)
            .First().First().Event.Date;
        return (best, new FieldExplanation(field, Format(best), ResolutionRules.DateConflict, ids, true));
    }

    public static string Format(DateBounds d) =>
        d.IsDay ? d.Earliest!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
        : $"{Day(d.Earliest)}..{Day(d.Latest)}";

    private static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "?";

    private static int Width(DateBounds d) =>
        d.Earliest is { } a && d.Latest is { } b ? b.DayNumber - a.DayNumber : int.MaxValue;
}
