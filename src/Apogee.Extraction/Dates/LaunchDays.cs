using System.Globalization;
using System.Text.RegularExpressions;
using Apogee.Extraction.Text;

namespace Apogee.Extraction.Dates;

/// <summary>
/// Finds the day words that date the launch itself. Each weekday, relative day or written date is given a role by
/// <see cref="DayMentionClassifier"/>; the launch's own ("fired ... on Sunday", "Sunday's launch") are taken first
/// from the launch sentences, then from the rest of the story; a day word with no telling word near it comes next;
/// the day of a statement ("said Tuesday") is never the launch's, except through "a day earlier / the previous day".
/// A day written in a US zone ("Monday night Washington time", "10:40 a.m. Hawaii time May 28") is moved to the
/// launch site's day.
/// </summary>
public static class LaunchDays
{
    /// <summary>A day word and its role; <see cref="Shift"/> moves it to the launch site's day (time zones, "a day earlier").</summary>
    private sealed record Found(string Sentence, int Start, int End, DayRole Role, int Shift);

    /// <summary>The launch's weekday (at the launch site), or null.</summary>
    /// <param name="lead">The launch sentences.</param>
    /// <param name="story">The other sentences about the story's launch.</param>
    /// <param name="previous">For each launch sentence, then each story sentence, the sentence before it in the text (for "the previous day").</param>
    public static DayOfWeek? Weekday(IReadOnlyList<string> lead, IReadOnlyList<string> story, IReadOnlyList<string>? previous = null)
    {
        // "its third launch in a week ... On Wednesday, the North conducted a second test": an earlier one's day.
        var place = SeriesPlace(lead);
        // Once a launch sentence gives a day ("said Thursday that the North fired ..."), a later sentence telling a launch
        // anew ("On Tuesday, the North fired two ...") is another launch's.
        var inLead = Weekdays(lead, place, previous);
        var dated = FirstDated(lead, inLead);
        if (dated >= 0)
        {
            // Asked only of the later sentences that give a day.
            var later = lead.Skip(dated + 1).ToHashSet(StringComparer.Ordinal);
            // ("... on Sunday morning (Korea time)" tells the lead's launch again, in the site's own day.)
            var anew = inLead.Where(f => later.Contains(f.Sentence) && !ExtractionPatterns.SiteTimeAfterDay().IsMatch(f.Sentence.AsSpan(f.End, Math.Min(40, f.Sentence.Length - f.End))))
                .Select(f => f.Sentence).Distinct(StringComparer.Ordinal).Where(TellsAnotherLaunch).ToHashSet(StringComparer.Ordinal);
            if (anew.Count > 0) inLead.RemoveAll(f => anew.Contains(f.Sentence));
        }

        var inStory = Weekdays(story, place, previous?.Skip(lead.Count).ToList(), dated < 0 ? int.MaxValue : 0);
        var pick = MostTold(inLead, inStory)
            ?? inStory.FirstOrDefault(f => f.Role == DayRole.Launch)
            ?? inLead.FirstOrDefault(f => f.Role == DayRole.Neutral);
        if (pick is not null) return Day(pick);

        // "protested on Tuesday the launch, which took place the previous day"; "said Thursday. The test, conducted the previous day, ...".
        var earlierInLead = lead.Any(s => ExtractionPatterns.DayEarlier().IsMatch(s) && Prefiltered.DayCue.Match(s) is { Success: true } c && c.Groups["launch"].Success);
        foreach (var f in inLead.Where(f => f.Role == DayRole.Other))
        {
            // "Pyongyang confirmed the test on Friday, a day after the launch", "..., a day after Japan reported it".
            var rest = f.Sentence.AsSpan(f.End);
            if (ExtractionPatterns.DayEarlier().IsMatch(rest) || earlierInLead || ExtractionPatterns.DayAfterTheLaunchWasReported().IsMatch(rest)) return (DayOfWeek)(((int)Day(f) + 6) % 7);
        }

        return null;
    }

    /// <summary>
    /// "South Korea's military said on Thursday that North Korea had fired ...", "North Korea has fired another missile,
    /// Japan said Thursday": the day a party other than the launching side reported the launch on, for a launch the
    /// text gives no day of its own (asked only then: the resolver's last resort before "no day").
    /// </summary>
    public static DayOfWeek? ReportedDay(IReadOnlyList<string> lead) =>
        Weekdays(lead, SeriesPlace(lead)).FirstOrDefault(ReportsTheLaunch) is { } reported ? Day(reported) : null;

    private static bool ReportsTheLaunch(Found f) => f.Role == DayRole.Other && ReportingDay.Is(f.Sentence, f.Start, f.End);

    /// <summary>The launch's written date (moved to the site's day) among the launch sentences, then the story's launch-tied ones.</summary>
    /// <returns>The date, the days it moves, whether it is the first launch sentence's (the primary one's), and which
    /// launch sentence gives it (−1: a story sentence).</returns>
    public static (DateMention Date, int Shift, bool First, int Index)? Explicit(IReadOnlyList<string> lead, IReadOnlyList<string> story)
    {
        foreach (var (sentences, launchOnly) in new[] { (lead, false), (story, true) })
        {
            for (var i = 0; i < sentences.Count; i++)
            {
                var s = sentences[i];
                var first = !launchOnly && i == 0;
                foreach (var d in DateFinder.FindDates(s))
                {
                    // "its first since it fired a cruise missile on March 12": that date is the earlier launch's.
                    if (ExtractionPatterns.EarlierDateBefore().IsMatch(s[..d.Start])) continue;

                    // Past the primary sentence, a sentence telling a launch anew ("On March 14, the North fired two missiles",
                    // "its most recent launch was on March 12") dates another launch, unless it names the story's ("The
                    // missile was fired ... on March 16").
                    // A headline's story opens the body: there the second launch sentence is the lead itself.
                    if (!first && TellsAnotherLaunch(s) && !(i == 1 && !launchOnly && IsHeadline(sentences[0]))) continue;
                    var role = DayMentionClassifier.Classify(s, d.Start, d.Start + d.Length);
                    if (role is DayRole.Other or DayRole.NotThisDay || (launchOnly && role != DayRole.Launch)) continue;
                    return (d, ClockShift(s, d.Start, d.Start + d.Length, d.Resolve(new DateOnly(2020, 12, 31))), first, launchOnly ? -1 : i);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "fired ... earlier this week. ... since the July 4 test": where the launch is placed in a span of a few days, a
    /// written date that names a launch as its modifier ("the July 4 test", "the May 14 missile launch") and falls in
    /// that span is the story's launch's day (an earlier launch's date lies outside it). Null unless exactly one such day
    /// falls in <paramref name="from"/>..<paramref name="to"/>. With <paramref name="placedAgainst"/> false, a date placed
    /// against another event ("since the Jan. 5 test", "after the Jan. 5 launch") is left out: in published−1..published
    /// it may be an earlier launch a day before (a span the text gives from its own words is the story's launch's).
    /// </summary>
    public static DateOnly? NamedDayWithin(IEnumerable<string> texts, DateOnly from, DateOnly to, bool placedAgainst = true)
    {
        DateOnly? day = null;
        foreach (var s in texts)
        {
            foreach (var d in DateFinder.FindDates(s))
            {
                if (!ExtractionPatterns.DeterminerRightBefore().IsMatch(s.AsSpan(Math.Max(0, d.Start - 8), Math.Min(d.Start, 8)))) continue;
                if (!ExtractionPatterns.LaunchNamedByDateAfter().IsMatch(s.AsSpan(d.Start + d.Length))) continue;
                var head = s.AsSpan(Math.Max(0, d.Start - 24), Math.Min(d.Start, 24));
                if (ExtractionPatterns.ComparedWithDateBefore().IsMatch(head)) continue;
                if (!placedAgainst && ExtractionPatterns.EarlierLaunchDeterminerBefore().IsMatch(head)) continue;
                if (d.Resolve(to) is not { } x || x < from || x > to) continue;
                if (day is not null && day != x) return null;
                day = x;
            }
        }

        return day;
    }

    /// <summary>The first launch sentence that dates the launch: a launch weekday, a day a party reported it on, or a relative day; −1 for none.</summary>
    private static int FirstDated(IReadOnlyList<string> lead, List<Found> days)
    {
        for (var i = 0; i < lead.Count; i++)
        {
            var s = lead[i];
            if (days.Any(f => ReferenceEquals(f.Sentence, s) && (f.Role == DayRole.Launch || ReportsTheLaunch(f))) || ExtractionPatterns.RelativeDay().IsMatch(s)) return i;
        }

        return -1;
    }

    /// <summary>A line with no sentence end ("North Korea fires ICBM"): a headline.</summary>
    private static bool IsHeadline(string s)
    {
        var t = s.AsSpan().TrimEnd();
        return t.Length > 0 && t[^1] is not ('.' or '!' or '?' or '"' or '\u201d' or '\'' or '\u2019' or ')');
    }

    private static bool TellsAnotherLaunch(string s) => ExtractionPatterns.LaunchToldAnew().IsMatch(s) && !NamesTheLaunch(s);

    private static bool NamesTheLaunch(string s) => ExtractionPatterns.PrimaryReferent().IsMatch(s) || ExtractionPatterns.ItWasLaunched().IsMatch(s);

    /// <summary>
    /// "fired ... on the 15th" (Korean and Japanese wires): the latest such day of the month on or before
    /// <paramref name="anchor"/> + 1, said of the launch, not of a statement.
    /// </summary>
    public static DateOnly? DayOfMonth(IReadOnlyList<string> lead, DateOnly anchor)
    {
        foreach (var s in lead)
        {
            foreach (Match m in ExtractionPatterns.DayOfMonthOnly().Matches(s))
            {
                var g = m.Groups["d"];
                var role = DayMentionClassifier.Classify(s, g.Index, m.Index + m.Length);
                if (role is DayRole.Other or DayRole.NotThisDay) continue;
                var day = int.Parse(g.Value, CultureInfo.InvariantCulture);
                var limit = anchor.AddDays(1);
                for (var back = 0; back < 3; back++)
                {
                    var month = new DateOnly(limit.Year, limit.Month, 1).AddMonths(-back);
                    if (day > DateTime.DaysInMonth(month.Year, month.Month)) continue;
                    var d = new DateOnly(month.Year, month.Month, day);
                    if (d <= limit) return d;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "fired ... earlier this week" (from the week's Monday to the day before <paramref name="published"/>) or "over the
    /// weekend" (the last Saturday and Sunday up to published), said of the launch; null when the lead gives neither.
    /// </summary>
    public static (DateOnly From, DateOnly To)? WeekSpan(IReadOnlyList<string> lead, DateOnly published, IReadOnlyList<string>? story = null)
    {
        // "The weekend launch was the North's seventh this month": the noun names the launch's days anywhere in the story.
        foreach (var s in lead.Concat(story ?? []))
        {
            if (ExtractionPatterns.WeekendLaunch().IsMatch(s))
            {
                var sunday = published.AddDays(-(int)published.DayOfWeek);
                return (sunday.AddDays(-1), sunday);
            }
        }

        foreach (var s in lead)
        {
            foreach (Match m in ExtractionPatterns.WeekSpan().Matches(s))
            {
                var role = DayMentionClassifier.Classify(s, m.Index, m.Index + m.Length);
                if (role is DayRole.Other or DayRole.NotThisDay) continue;
                if (m.Groups["weekend"].Success)
                {
                    var sunday = published.AddDays(-(int)published.DayOfWeek);
                    return (sunday.AddDays(-1), sunday);
                }

                var monday = published.AddDays(-(((int)published.DayOfWeek + 6) % 7));
                var before = published.AddDays(-1);
                return monday <= before ? (monday, before) : (before, before);
            }
        }

        return null;
    }

    /// <summary>
    /// "today"/"this morning" (0), "yesterday"/"last night" (−1) or "the day before yesterday"/"two days ago" (−2) said
    /// of the launch, not of a statement: in the launch sentences, else tied to the launch in the rest of the story
    /// ("The attempted launch yesterday ended in failure", as "Sunday's launch" dates it by weekday).
    /// </summary>
    public static int? Relative(IReadOnlyList<string> lead, IReadOnlyList<string>? story = null)
    {
        foreach (var (s, launchOnly) in lead.Select(s => (s, false)).Concat((story ?? []).Select(s => (s, true))))
        {
            foreach (Match m in ExtractionPatterns.RelativeDay().Matches(s))
            {
                var role = DayMentionClassifier.Classify(s, m.Index, m.Index + m.Length);
                if (role is DayRole.Other or DayRole.NotThisDay || (launchOnly && role != DayRole.Launch)) continue;

                // Outside the launch sentences, a "today" in reported speech is the speaker's day, not the report's.
                if (launchOnly && ExtractionPatterns.ReportedSpeechBefore().IsMatch(s.AsSpan(0, m.Index))) continue;
                var w = m.Value.ToLowerInvariant();
                return w is "the day before yesterday" or "two days ago" ? -2 : w is "yesterday" or "last night" ? -1 : 0;
            }
        }

        return null;
    }

    /// <param name="sentences">The sentences to read.</param>
    /// <param name="place">The story's launch's place in a series (0: none told).</param>
    /// <param name="previous">For each sentence, the sentence before it in the text.</param>
    /// <param name="anewFrom">From this index on, a sentence telling a launch anew without naming the story's gives no day.</param>
    private static List<Found> Weekdays(IReadOnlyList<string> sentences, int place, IReadOnlyList<string>? previous = null, int anewFrom = int.MaxValue)
    {
        var found = new List<Found>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            if (place > 1 && Ordinal(s) is { } o && o < place) continue;
            var own = found.Count;
            var skipTo = -1;
            var asked = i < anewFrom;
            foreach (Match m in ExtractionPatterns.Weekday().Matches(s))
            {
                if (m.Index < skipTo) continue;

                // Asked once, at the sentence's first weekday: most story sentences give none.
                if (!asked)
                {
                    asked = true;
                    if (TellsAnotherLaunch(s)) break;
                }

                // "fired at 7:30 a.m. (2230 GMT Wednesday)": the bracket's day is the launch clock's in GMT, moved to the site.
                if (GmtDays.BracketDay(s, m.Index) is { } gmt)
                {
                    found.Add(new Found(s, m.Index, m.Index + m.Length, gmt.Role, gmt.Shift));
                    continue;
                }

                var role = DayMentionClassifier.Classify(s, m.Index, m.Index + m.Length);
                if (role == DayRole.NotThisDay) continue;

                // "Tuesday night (Wednesday morning in Korea)": the bracket's day is the site's, with the outer day's role.
                if (ExtractionPatterns.SiteDayBracket().Match(s, m.Index + m.Length) is { Success: true } site && site.Index == m.Index + m.Length)
                {
                    var g = site.Groups["day"];
                    found.Add(new Found(s, g.Index, g.Index + g.Length, role, 0));
                    skipTo = site.Index + site.Length;
                    continue;
                }

                var shift = UsDayPartShift(s, m.Index);

                // "at 10:30 a.m. Hawaii time on Monday", "7:30 p.m. EDT Monday", "on Tuesday at 7 p.m. ET": the clock's zone
                // moves the day to the site's (looked for only where a clock stands within 40 characters).
                if (shift == 0 && ClockNear(s, m.Index, m.Index + m.Length)) shift = ClockShift(s, m.Index, m.Index + m.Length, null);
                if (shift == 0) shift = GmtDays.ClockShift(s, m.Index, m.Index + m.Length);
                found.Add(new Found(s, m.Index, m.Index + m.Length, role, shift));
            }

            if (previous is not null && PreviousDay(s, found.GetRange(own, found.Count - own), i < previous.Count ? previous[i] : string.Empty) is { } derived) found.Add(derived);
        }

        return found;
    }

    /// <summary>
    /// "Seoul said on Thursday that the North had fired a missile the previous day", "South Korea's military said
    /// Thursday. The test, conducted a day earlier, ...": the launch is told on the day before a statement's, in the
    /// sentence or across its break. A launch day of the statement's weekday less one, where the launch sentence gives
    /// no launch weekday of its own and "the previous day" is not itself a statement's ("said the previous day").
    /// </summary>
    private static Found? PreviousDay(string s, List<Found> own, string previous)
    {
        if (ExtractionPatterns.DayEarlier().Match(s) is not { Success: true } earlier) return null;
        if (own.Any(f => f.Role == DayRole.Launch)) return null;
        if (DayMentionClassifier.Classify(s, earlier.Index, earlier.Index + earlier.Length) is DayRole.Other or DayRole.NotThisDay) return null;
        // "the test a day earlier, state media said on Wednesday": the statement may follow it in the sentence.
        var statement = own.LastOrDefault(f => f.Role == DayRole.Other && f.End <= earlier.Index) ?? own.FirstOrDefault(f => f.Role == DayRole.Other);
        if (statement is null && previous.Length > 0)
        {
            foreach (Match m in ExtractionPatterns.Weekday().Matches(previous))
            {
                if (DayMentionClassifier.Classify(previous, m.Index, m.Index + m.Length) == DayRole.Other) statement = new Found(previous, m.Index, m.Index + m.Length, DayRole.Other, UsDayPartShift(previous, m.Index));
            }
        }

        return statement is null ? null : statement with { Role = DayRole.Launch, Shift = statement.Shift - 1 };
    }

    /// <summary>
    /// Of the launch days of the launch sentences, the one the story tells of most ("the missiles on Saturday ... the
    /// missile fired over Japan on Tuesday ... Tuesday's launch ... the test on Tuesday": Tuesday); a tie goes to the
    /// first ("fired on Tuesday ... In response, the South fired missiles on Wednesday": Tuesday).
    /// </summary>
    private static Found? MostTold(List<Found> lead, List<Found> story)
    {
        var launches = lead.Where(f => f.Role == DayRole.Launch).ToList();
        if (launches.Count == 0) return null;
        var counts = lead.Concat(story).Where(f => f.Role == DayRole.Launch).GroupBy(Day).ToDictionary(g => g.Key, g => g.Count());
        var best = launches[0];
        foreach (var f in launches)
        {
            if (counts[Day(f)] > counts[Day(best)]) best = f;
        }

        return best;
    }

    /// <summary>The story's launch's place in a series, from the first launch sentence that gives one ("the third test in a week": 3); 0 when none does.</summary>
    private static int SeriesPlace(IReadOnlyList<string> lead)
    {
        foreach (var s in lead)
        {
            if (Ordinal(s) is { } o) return o;
        }

        return 0;
    }

    /// <summary>The lowest ordinal of a launch in a series that the sentence names, or null.</summary>
    private static int? Ordinal(string s)
    {
        int? lowest = null;
        foreach (Match m in ExtractionPatterns.SeriesOrdinal().Matches(s))
        {
            var n = Array.IndexOf(OrdinalWords, m.Groups["n"].Value.ToLowerInvariant()) % 10 + 1;
            if (lowest is null || n < lowest) lowest = n;
        }

        return lowest;
    }

    private static readonly string[] OrdinalWords =
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th"];

    /// <summary>
    /// "launched two missiles overnight Wednesday": the night from that weekday into the next day, where it is the
    /// launch's weekday (a US paper's "overnight" may be either day in Korea).
    /// </summary>
    public static bool Overnight(IReadOnlyList<string> lead, DayOfWeek day)
    {
        foreach (var s in lead)
        {
            foreach (Match m in ExtractionPatterns.OvernightDay().Matches(s))
            {
                if (DateFinder.ParseWeekday(m.Groups["day"].Value) == day) return true;
            }
        }

        return false;
    }

    /// <summary>Whether a reaction in the story is placed "days after" the launch ("the drills came days after the North fired"), so the launch is at least two days before the report.</summary>
    public static bool DaysBeforeReport(IEnumerable<string> sentences)
    {
        foreach (var s in sentences)
        {
            foreach (Match m in ExtractionPatterns.DaysAfterLaunch().Matches(s))
            {
                // The clause before it, back to its sentence's start (texts may be whole documents): bounded, one look per match.
                var from = Math.Max(0, m.Index - 200);
                var head = s.AsSpan(from, m.Index - from);
                var stop = head.LastIndexOfAny(".\n!?");
                if (!ExtractionPatterns.LaunchWordBefore().IsMatch(stop < 0 ? head : head[(stop + 1)..])) return true;
            }
        }

        return false;
    }

    private static DayOfWeek Day(Found f) =>
        (DayOfWeek)(((int)DateFinder.ParseWeekday(f.Sentence[f.Start..f.End])!.Value + f.Shift + 7) % 7);

    /// <summary>"Monday night Washington time" is Tuesday morning in Korea: an afternoon, evening or night in a US zone is the next day there.</summary>
    private static int UsDayPartShift(string s, int at)
    {
        var m = ExtractionPatterns.UsZoneDayPart().Match(s, at);
        if (m.Success && m.Index == at) return m.Groups["part"].Value.ToLowerInvariant() is "afternoon" or "evening" or "night" ? 1 : 0;

        // "late Tuesday Washington time", "late on Monday (EDT)": a US day's evening is the next day in Korea.
        var end = at;
        while (end < s.Length && char.IsLetter(s[end])) end++;
        var zone = ExtractionPatterns.UsZoneAfterDay().Match(s, end);
        if (!zone.Success || zone.Index != end) return 0;
        var late = ExtractionPatterns.LateBeforeDay().IsMatch(s.AsSpan(Math.Max(0, at - 12), Math.Min(at, 12)));
        return late || zone.Groups["part"].Value.ToLowerInvariant() is "afternoon" or "evening" or "night" ? 1 : 0;
    }

    /// <summary>
    /// The days a written date moves when the launch time next to it is in another zone ("at 10:40 a.m. Hawaii time
    /// May 28" is May 29 in Korea). None when the sentence also gives a local time (Reuters' "7:30 a.m. (2230 GMT
    /// Tuesday)": the day is the local one). <paramref name="day"/> (any year) tells US daylight saving.
    /// </summary>
    private static bool ClockNear(string s, int start, int end)
    {
        var from = Math.Max(0, start - 40);
        var window = s.AsSpan(from, Math.Min(s.Length, end + 40) - from);
        return window.Contains(':') || window.Contains(".m.", StringComparison.OrdinalIgnoreCase);
    }

    // Any summer and winter day, for a US zone's two offsets.
    private static readonly DateOnly Summer = new(2020, 7, 1);
    private static readonly DateOnly Winter = new(2020, 1, 1);

    private static int ClockShift(string s, int start, int end, DateOnly? day)
    {
        int? shift = null;
        foreach (Match m in ExtractionPatterns.ClockTime().Matches(s))
        {
            var zone = TimeFinder.ZoneOf(s[(m.Index + m.Length)..]);
            if (zone is null || ClockZones.IsSiteClock(zone)) return 0;
            if (m.Index > end + 40 || m.Index + m.Length < start - 40) continue;
            var twelve = m.Groups[3].Success;
            var hour = twelve
                ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) % 12 + (char.ToLowerInvariant(m.Groups[3].Value[0]) == 'p' ? 12 : 0)
                : int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture);
            var group = twelve ? m.Groups[2] : m.Groups[5];
            var minute = group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : 0;
            if (hour > 23 || minute > 59) continue;
            if (ClockZones.OffsetMinutes(zone, day) is { } offset) shift ??= ClockZones.ToSite(hour, minute, offset).DayShift;

            // "7:30 p.m. ET Tuesday" with no day for daylight saving: the site's day where summer and winter time agree on it.
            else if (ClockZones.OffsetMinutes(zone, Summer) is { } summer && ClockZones.OffsetMinutes(zone, Winter) is { } winter
                && ClockZones.ToSite(hour, minute, summer).DayShift is var a && a == ClockZones.ToSite(hour, minute, winter).DayShift) shift ??= a;
        }

        return shift ?? 0;
    }
}
