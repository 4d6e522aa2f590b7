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
    public ResolvedDate Resolve(DateEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var r = ResolveBounds(evidence);

        // Dated to one day, the launch's weekday is that day's where the text names none of its own ("fired ... on
        // March 5", "yesterday"); a weekday the text gives is kept as reported ("on Sunday" in US time of a Monday in Korea).
        return r.Bounds is { IsDay: true, Earliest: { } day } && r.Weekday is null ? r with { Weekday = day.DayOfWeek.ToString() } : r;
    }

    private static ResolvedDate ResolveBounds(DateEvidence e)
    {
        var story = e.StorySentences ?? [];
        var weekday = LaunchDays.Weekday(e.LaunchSentences, story, e.PreviousSentences)?.ToString();
        var anchor = e.Dateline ?? e.Published;
        var found = LaunchDays.Explicit(e.LaunchSentences, story);
        var explicitDate = found?.Date;
        DateOnly? Shifted(DateOnly? d) => d?.AddDays(found?.Shift ?? 0);
        // The story's "the launch yesterday" only where no weekday is told: the launch sentences' own day words come first.
        var relative = LaunchDays.Relative(e.LaunchSentences, weekday is null ? story : null);

        if (e.Published is { } pub)
        {
            if (Shifted(explicitDate?.Resolve(anchor)) is { } d && d >= pub.AddDays(-7) && d <= pub.AddDays(1) && (found!.Value.First || !AgainstWeekday(d, weekday, pub, e.LaunchSentences.Count > 0 ? e.LaunchSentences[0] : string.Empty))) return new(DateBounds.Day(d, "explicit date+published"), Agreeing(weekday, d));
            if (relative is { } r && anchor is { } a) return new(DateBounds.Day(a.AddDays(r), "relative day+published"), Agreeing(weekday, a.AddDays(r)));
            if (anchor is { } an && LaunchDays.DayOfMonth(e.LaunchSentences, an) is { } dm && dm >= pub.AddDays(-7) && dm <= pub.AddDays(1)) return new(DateBounds.Day(dm, "day of the month+published"), Agreeing(weekday, dm));

            // A report written weeks later that dates the launch in its launch sentence itself ("fired ... on July 12").
            if (weekday is null && e.LaunchSentences.Count > 0 && LaunchDays.Explicit([e.LaunchSentences[0]], [])?.Date.Resolve(pub) is { } late && late >= pub.AddYears(-1) && late < pub)
            {
                return new(DateBounds.Day(late, "explicit date in the launch sentence, before published"), weekday);
            }

            if (weekday is not null && DateFinder.ParseWeekday(weekday) is { } wd)
            {
                var near = NearestWeekday(pub, wd);
                if (LaunchDays.Overnight(e.LaunchSentences, wd) && near < pub) return new(new DateBounds(near, near.AddDays(1), "overnight weekday into the next day+published"), weekday);
                return new(DateBounds.Day(near, "weekday+published"), weekday);
            }

            if (LaunchDays.WeekSpan(e.LaunchSentences, pub, story) is { } span)
            {
                // "... earlier this week ... since the July 4 test": a launch named by a date inside the span is its day (asked
                // of the whole text: the sentence naming it may be filed under another launch for its "since").
                if (LaunchDays.NamedDayWithin(e.AllTexts, span.From, span.To) is { } named) return new(DateBounds.Day(named, "a launch named by its date within this week / the weekend+published"), Agreeing(weekday, named));
                return new(new DateBounds(span.From, span.To, "earlier this week / over the weekend+published"), weekday);
            }

            // "The bombers' flight comes days after North Korea test-launched ...": open to the past, two days before published at the latest.
            if (LaunchDays.DaysBeforeReport(e.AllTexts))
            {
                return new(new DateBounds(null, pub.AddDays(-2), "no day, a reaction days after the launch: on or before published-2"), weekday);
            }

            if (!e.IsLateAnnouncement && LaunchDays.ReportedDay(e.LaunchSentences) is { } said)
            {
                return new(DateBounds.Day(NearestWeekday(pub, said), "day another party reported the launch on+published"), said.ToString());
            }

            if (e.IsLateAnnouncement) return new(new DateBounds(null, pub, "state-agency announcement of latest launches, no day: on or before published"), weekday);

            // No day word, but "the Feb. 11 launch" of a day in published-1..published names it.
            if (LaunchDays.NamedDayWithin(e.AllTexts, pub.AddDays(-1), pub, placedAgainst: false) is { } namedDay) return new(DateBounds.Day(namedDay, "a launch named by its date, published-1..published"), Agreeing(weekday, namedDay));
            return new(new DateBounds(pub.AddDays(-1), pub, "no day: published-1..published"), weekday);
        }

        // The dates written: the latest of the report's time or before it bounds the launch from below, the earliest of
        // an event after it ("a day before the Nov. 5 election", "met on Nov. 4 to discuss the launch") from above.
        var written = WrittenDateBounds.Find(e.AllTexts);
        var latest = written.Latest;
        var (lo, hi) = OfficeBounds(e.Officeholders, latest ?? written.Upper);
        var top = Min(hi, written.Upper);

        // The report's own day written in its text ("Published 24 March 2022", a byline's date, "SEOUL, March 24
        // (Yonhap)") stands for the missing publication day; a dateline's year comes from the rest of the text.
        var from = Max(latest?.AddDays(-1), lo);
        if (e.AllTexts.Count > 0 && WrittenReportDay.Find(e.AllTexts[0]) is var (report, how))
        {
            var day = report.Year is not null ? report.Resolve(null) : YearFit.Only(report.Month, report.Day, from, hi, null, 0);
            if (day is { } pd && (hi is null || pd <= hi.Value.AddDays(7)))
            {
                var r = ResolveBounds(e with { Published = pd, Dateline = pd });
                return r with { Bounds = r.Bounds with { Basis = FormattableString.Invariant($"{r.Bounds.Basis} (published {pd:yyyy-MM-dd} from the text's {how})") } };
            }
        }

        if (Shifted(explicitDate?.Resolve(latest ?? written.Upper)) is { } ed && (latest is null || ed >= latest.Value.AddDays(-1))) return new(DateBounds.Day(ed, "explicit date"), weekday);

        // "fired ... on Thursday, March 24" with no year: the one year the officeholders' terms and the dates written
        // before it leave, where the launch's weekday (if told) falls on that date.
        // Only a date of the primary sentence or the launch sentence next to it (a headline's story opens the body): a
        // later sentence's ("the same model it tested on 3 July", "its most recent launch, on Aug. 29") may be an
        // earlier launch's, which no publication window rules out here (agreeing with the told weekday is no proof:
        // one day in seven does).
        if (explicitDate is { Year: null } x && found!.Value.Index is 0 or 1 && YearFit.Only(x.Month, x.Day, from, top, weekday is null ? null : DateFinder.ParseWeekday(weekday), found!.Value.Shift) is { } fit)
        {
            return new(DateBounds.Day(fit, weekday is null ? "explicit date, year from officeholders/dates in text" : "explicit date+weekday, year from officeholders/dates in text"), weekday);
        }

        if (weekday is not null && DateFinder.ParseWeekday(weekday) is { } w)
        {
            // A weekday is read from a near date: the first such day on/after the latest one written (not a picture of
            // an older launch), else the last on/before the event that came after the launch.
            if (written.Near is { } l && FirstOnOrAfter(l, w) is var next && (top is null || next <= top)) return new(DateBounds.Day(next, "weekday after the latest date in text/captions"), weekday);
            if (written.Upper is { } u && LastOnOrBefore(u, w) is var prior && (latest is null || prior >= latest) && (lo is null || prior >= lo)) return new(DateBounds.Day(prior, "weekday before a later event's date in text"), weekday);
        }

        var earliest = Max(latest, lo);
        if (earliest is null && top is null) return new(DateBounds.Unknown, weekday);
        var basis = latest is not null ? "latest date in text/captions" + (lo is not null ? "+officeholders" : "") : written.Upper is not null ? "a later event's date in text" + (lo is not null ? "+officeholders" : "") : "officeholders in office";
        return new(new DateBounds(earliest, top, basis), weekday);
    }

    /// <summary>
    /// The weekday, where it is the launch day's: dated by "yesterday" or "on March 5", the launch's weekday is that
    /// day's, and a weekday of another sentence ("fired two missiles on Friday" of an earlier launch) is not it.
    /// </summary>
    private static string? Agreeing(string? weekday, DateOnly day) => weekday == day.DayOfWeek.ToString() ? weekday : null;

    /// <summary>
    /// A written date more than a day from the launch's weekday ("fired ... on Monday. North Korea last test-fired a
    /// missile on May 21") is another launch's: two dates apart are never one launch, and the weekday is the launch
    /// sentences' own (a day apart is the same launch in another zone). Only where the primary sentence itself names a
    /// weekday (the launch's, maybe moved by a zone: "Monday night Washington time"), and never of the primary sentence's own date.
    /// </summary>
    private static bool AgainstWeekday(DateOnly date, string? weekday, DateOnly published, string primary) =>
        weekday is not null && ExtractionPatterns.Weekday().IsMatch(primary) && DateFinder.ParseWeekday(weekday) is { } wd && Math.Abs(NearestWeekday(published, wd).DayNumber - date.DayNumber) > 1;

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

    /// <summary>The last such weekday on or before <paramref name="to"/>.</summary>
    public static DateOnly LastOnOrBefore(DateOnly to, DayOfWeek day) => to.AddDays(-(((int)to.DayOfWeek - (int)day + 7) % 7));

    /// <summary>The last such weekday strictly before <paramref name="anchor"/> ("last Wednesday").</summary>
    public static DateOnly LastBefore(DateOnly anchor, DayOfWeek day)
    {
        var back = ((int)anchor.DayOfWeek - (int)day + 7) % 7;
        return anchor.AddDays(back == 0 ? -7 : -back);
    }

    /// <summary>
    /// Intersection of the terms of everyone named in office. A person with several terms (Trump 2017-2021 and 2025-)
    /// contributes the term that holds a date written in the text, else the span of the terms that agree with the
    /// others (all of them when nothing else bounds the launch): never one term picked by default, which would put a
    /// 2017 story in 2025.
    /// </summary>
    private static (DateOnly? Lo, DateOnly? Hi) OfficeBounds(IReadOnlyList<Knowledge.OfficeholderMention> mentions, DateOnly? written)
    {
        // A story names its officeholders' predecessors ("his father Kim Jong Il", "the Obama administration"), never
        // their successors: a person whose every term ended by the time another person named took office is history.
        var people = mentions.GroupBy(m => m.Holder.Name)
            .Select(TermsMeant)
            .ToList();
        var byPerson = people
            .Where(terms => !terms.Any(t => t.To is null) is var ended && !(ended && people.Any(other => other[0].From >= terms.Max(t => t.To!.Value))))
            .OrderBy(terms => terms.Count)
            .ThenByDescending(terms => terms.Max(t => t.To ?? DateOnly.MaxValue))
            .ToList();
        DateOnly? lo = null, hi = null;
        foreach (var terms in byPerson)
        {
            var fits = terms.Where(t => (hi is null || t.From < hi) && (lo is null || t.To is null || t.To > lo)).ToList();
            if (fits.Count == 0) continue;
            var holding = written is { } w ? fits.LastOrDefault(t => t.From <= w && (t.To is null || w <= t.To)) : null;
            var from = holding?.From ?? fits[0].From;
            var to = holding is not null ? holding.To : fits.Any(t => t.To is null) ? null : fits.Max(t => t.To);
            lo = Max(lo, from);
            hi = Min(hi, to);
        }

        return (lo, hi);
    }

    /// <summary>
    /// The terms a person's mentions agree on. Each mention names the terms it can mean ("Prime Minister Kishida" one,
    /// a bare "Kishida" both his offices) and a story is told at one time, so the terms every mention allows; when the
    /// mentions name different offices outright, all of them.
    /// </summary>
    private static List<Knowledge.Officeholder> TermsMeant(IGrouping<string, Knowledge.OfficeholderMention> person)
    {
        var bySpan = person.GroupBy(m => m.Start).Select(s => s.Select(m => m.Holder).ToHashSet()).ToList();
        var common = new HashSet<Knowledge.Officeholder>(bySpan[0]);
        foreach (var span in bySpan.Skip(1)) common.IntersectWith(span);
        return (common.Count > 0 ? common : bySpan.SelectMany(s => s)).Distinct().OrderBy(h => h.From).ToList();
    }

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a < b ? a : b);
}
