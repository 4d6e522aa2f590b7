using System.Text.RegularExpressions;
using Apogee.Core.Model;
using Apogee.Extraction.Text;

namespace Apogee.Extraction.Dates;

/// <summary>
/// The contract's dating rules. With a publication day: an explicit date, "today"/"yesterday", a weekday
/// (nearest such day from published−6 to published+1) or, with no day, published−1..published (open to the past
/// for state-agency announcements, which report launches days late). Without one: the latest date the text and
/// captions give, and the terms of officeholders named, bound it.
/// </summary>
public sealed class DateResolver : IDateResolver
{
    public ResolvedDate Resolve(DateEvidence e)
    {
        var weekday = FindWeekday(e.LaunchSentences);
        var anchor = e.Dateline ?? e.Published;
        var explicitDate = FindExplicit(e.LaunchSentences);
        var relative = FindRelative(e.LaunchSentences);

        if (e.Published is { } pub)
        {
            if (explicitDate?.Resolve(anchor) is { } d && d >= pub.AddDays(-7) && d <= pub.AddDays(1)) return new(DateBounds.Day(d, "explicit date+published"), weekday);
            if (relative is { } r && anchor is { } a) return new(DateBounds.Day(a.AddDays(r), "relative day+published"), weekday);

            // A report written weeks later that dates the launch in its launch sentence itself ("fired ... on July 12").
            if (weekday is null && e.LaunchSentences.Count > 0 && FindExplicit([e.LaunchSentences[0]])?.Resolve(pub) is { } late && late >= pub.AddYears(-1) && late < pub)
            {
                return new(DateBounds.Day(late, "explicit date in the launch sentence, before published"), weekday);
            }

            if (weekday is not null && DateFinder.ParseWeekday(weekday) is { } wd)
            {
                return new(DateBounds.Day(NearestWeekday(pub, wd), "weekday+published"), weekday);
            }

            return e.IsLateAnnouncement
                ? new(new DateBounds(null, pub, "state-agency announcement of latest launches, no day: on or before published"), weekday)
                : new(new DateBounds(pub.AddDays(-1), pub, "no day: published-1..published"), weekday);
        }

        var latest = LatestWrittenDate(e.AllTexts);
        var (lo, hi) = OfficeBounds(e.Officeholders);
        if (explicitDate?.Resolve(latest) is { } ed && (latest is null || ed >= latest.Value.AddDays(-1))) return new(DateBounds.Day(ed, "explicit date"), weekday);
        if (weekday is not null && DateFinder.ParseWeekday(weekday) is { } w && latest is { } l)
        {
            return new(DateBounds.Day(FirstOnOrAfter(l, w), "weekday after the latest date in text/captions"), weekday);
        }

        var earliest = Max(latest, lo);
        if (earliest is null && hi is null) return new(DateBounds.Unknown, weekday);
        var basis = latest is not null ? "latest date in text/captions" + (lo is not null ? "+officeholders" : "") : "officeholders in office";
        return new(new DateBounds(earliest, hi, basis), weekday);
    }

    /// <summary>The nearest <paramref name="day"/> to <paramref name="published"/> within published−6..published+1.</summary>
    public static DateOnly NearestWeekday(DateOnly published, DayOfWeek day)
    {
        DateOnly? best = null;
        for (var i = -6; i <= 1; i++)
        {
            var d = published.AddDays(i);
            if (d.DayOfWeek == day && (best is null || Math.Abs(i) <= Math.Abs(best.Value.DayNumber - published.DayNumber))) best = d;
        }

        return best!.Value;
    }

    public static DateOnly FirstOnOrAfter(DateOnly from, DayOfWeek day) => from.AddDays(((int)day - (int)from.DayOfWeek + 7) % 7);

    /// <summary>The last such weekday strictly before <paramref name="anchor"/> ("last Wednesday").</summary>
    public static DateOnly LastBefore(DateOnly anchor, DayOfWeek day)
    {
        var back = ((int)anchor.DayOfWeek - (int)day + 7) % 7;
        return anchor.AddDays(back == 0 ? -7 : -back);
    }

    private static string? FindWeekday(IReadOnlyList<string> sentences)
    {
        foreach (var s in sentences)
        {
            foreach (Match m in ExtractionPatterns.Weekday().Matches(s))
            {
                var before = s[..m.Index].TrimEnd();
                if (before.EndsWith("last", StringComparison.OrdinalIgnoreCase) || before.EndsWith("previous", StringComparison.OrdinalIgnoreCase)
                    || before.EndsWith("since", StringComparison.OrdinalIgnoreCase) || before.EndsWith("next", StringComparison.OrdinalIgnoreCase)
                    || ExtractionPatterns.StatementBeforeWeekday().IsMatch(s[..m.Index]))
                {
                    continue;
                }

                // The weekday dates a reaction, and the launch is "a day earlier": the weekday before it.
                if (ExtractionPatterns.DayEarlier().IsMatch(s.AsSpan(m.Index + m.Length)) && DateFinder.ParseWeekday(m.Value) is { } named)
                {
                    return ((DayOfWeek)(((int)named + 6) % 7)).ToString();
                }

                return m.Value;
            }
        }

        return null;
    }

    private static DateMention? FindExplicit(IReadOnlyList<string> sentences)
    {
        foreach (var s in sentences)
        {
            // "its first since it fired a cruise missile on March 12": that date is the earlier launch's.
            var dates = DateFinder.FindDates(s).Where(d => !ExtractionPatterns.EarlierDateBefore().IsMatch(s[..d.Start])).ToList();
            if (dates.Count > 0) return dates[0];
        }

        return null;
    }

    private static int? FindRelative(IReadOnlyList<string> sentences)
    {
        foreach (var s in sentences)
        {
            var m = ExtractionPatterns.RelativeDay().Match(s);
            if (!m.Success) continue;
            var w = m.Value.ToLowerInvariant();
            return w is "yesterday" or "last night" ? -1 : 0;
        }

        return null;
    }

    private static DateOnly? LatestWrittenDate(IReadOnlyList<string> texts)
    {
        DateOnly? latest = null;
        foreach (var t in texts)
        {
            foreach (var d in DateFinder.FindDates(t))
            {
                if (d.Resolve(null) is { } day && (latest is null || day > latest)) latest = day;
            }
        }

        return latest;
    }

    /// <summary>
    /// Intersection of the terms of everyone named in office; a person with several terms contributes the term
    /// that agrees with the others (the latest one when none does).
    /// </summary>
    private static (DateOnly? Lo, DateOnly? Hi) OfficeBounds(IReadOnlyList<Knowledge.OfficeholderMention> mentions)
    {
        var byPerson = mentions.GroupBy(m => m.Holder.Name)
            .Select(g => g.Select(m => m.Holder).Distinct().OrderBy(h => h.From).ToList())
            .OrderBy(terms => terms.Count)
            .ToList();
        DateOnly? lo = null, hi = null;
        foreach (var terms in byPerson)
        {
            var fits = terms.Where(t => (hi is null || t.From <= hi) && (lo is null || t.To is null || t.To >= lo)).ToList();
            var term = fits.Count > 0 ? fits[^1] : null;
            if (term is null) continue;
            lo = Max(lo, term.From);
            hi = Min(hi, term.To);
        }

        return (lo, hi);
    }

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a < b ? a : b);
}
