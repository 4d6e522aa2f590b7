using System.Text.RegularExpressions;
using Apogee.Core.Model;
using Apogee.Extraction.Dates;
using Apogee.Extraction.Missiles;
using Apogee.Extraction.Text;

namespace Apogee.Extraction.References;

/// <summary>
/// Earlier launches a report dates to the day ("last Wednesday", "on Jan. 5"): reference events with a one-day
/// interval and the category the same sentence states. Month-only mentions ("in March") are too loose to keep. A day
/// counts only where it dates a launch ("fired ... on Saturday", "the Jan. 5 launch", "On Wednesday, the North
/// conducted a test"), not a meeting, a statement, an inauguration or a nuclear test on that day; a day inside the
/// story's own launch interval is that launch written another way.
/// </summary>
public static class ReferenceFinder
{
    /// <summary>How far before a day its launch word may stand ("launched three short-range missiles on Saturday").</summary>
    private const int Reach = 70;

    public static IReadOnlyList<LaunchEvent> Find(IEnumerable<string> sentences, DateOnly? anchor, string actor, string? primaryWeekday, DateBounds? primary = null)
    {
        var found = new Dictionary<DateOnly, LaunchEvent>();
        if (anchor is not { } a) return [];
        foreach (var s in sentences)
        {
            if (!ExtractionPatterns.LaunchOrTest().IsMatch(s)) continue;
            var category = CategoryIn(s);
            foreach (Match m in ExtractionPatterns.LastWeekday().Matches(s))
            {
                if (DatesALaunch(s, m.Index, m.Length) && DateFinder.ParseWeekday(m.Groups[1].Value) is { } wd) Add(found, DateResolver.LastBefore(a, wd), category, actor, "last weekday before the launch", primary);
            }

            // A bare weekday other than the launch's own, dating a launch, is the one before it. With the launch's own
            // weekday unknown a bare weekday may well be it, unless the launch's interval is bounded and that weekday's
            // last day falls before it (and is not the anchor's own weekday, which may be the day written of) ("On Wednesday, the North conducted a second test" in a story of Thursday or Friday).
            foreach (Match m in ExtractionPatterns.Weekday().Matches(s))
            {
                if (primaryWeekday is null && primary is not { Earliest: not null, Latest: not null }) break;
                if (primaryWeekday is null && DateFinder.ParseWeekday(m.Value) is { } unknown && (unknown == a.DayOfWeek || DateResolver.LastBefore(a, unknown) >= primary!.Earliest)) continue;
                var before = s[..m.Index];
                if (m.Value == primaryWeekday || ExtractionPatterns.StatementBeforeWeekday().IsMatch(before) || before.TrimEnd().EndsWith("last", StringComparison.OrdinalIgnoreCase)) continue;
                if (!DatesALaunch(s, m.Index, m.Length)) continue;

                // The day after the launch's is that launch told in the other time zone (a Saturday paper in Washington
                // reports Korea's Sunday-morning launch), not one six days before it.
                if (DateFinder.ParseWeekday(m.Value) is { } wd && wd != a.AddDays(1).DayOfWeek) Add(found, DateResolver.LastBefore(a, wd), category, actor, "weekday before the launch", primary);
            }

            // "came a week after North Korea tested ...": that launch is so many days before the story's (a week give or take a day).
            foreach (Match m in ExtractionPatterns.DaysAfterEarlierLaunch().Matches(s))
            {
                if (NumberOf(m.Groups["n"].Value) is not { } n) continue;
                var weeks = m.Groups["u"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase);
                var day = a.AddDays(-(weeks ? 7 * n : n));
                AddInterval(found, weeks ? day.AddDays(-1) : day, weeks ? day.AddDays(1) : day, category, actor, weeks ? "weeks before the launch" : "days before the launch", primary);
            }

            foreach (var d in DateFinder.FindDates(s))
            {
                if (!DatesALaunch(s, d.Start, d.Length)) continue;
                // A date read without its year is taken in the last three years; one written with its year ("On April 5, 2009,
                // the North launched ...") stands as written, however long ago.
                if (d.Resolve(a) is { } day && day < a && day > a.AddYears(d.Year is null ? -3 : -40)) Add(found, day, category, actor, "date in text", primary);
            }
        }

        return found.Values.OrderBy(e => e.Date.Earliest).ToList();
    }

    /// <summary>
    /// The part of the primary sentence that turns to an earlier launch ("..., following a Feb. 18 launch of a
    /// Hwasong-15", "its first since Monday, when it fired ...", "days after it launched ..."): from that word on, read
    /// for references like any other sentence; empty when it has none. The primary launch's own days there are inside
    /// its interval and are dropped as for every sentence.
    /// </summary>
    public static string EarlierLaunchTail(string primary)
    {
        var m = ExtractionPatterns.EarlierLaunchTurn().Match(primary);
        return m.Success ? primary[m.Index..] : "";
    }

    /// <summary>
    /// Whether the day written at <paramref name="at"/> dates a launch: a launch named right after it ("Sunday's test"),
    /// a sentence opening with it and going on to a launch, or a launch word as the last event word before it in its
    /// clause, neither planned ("ordered to launch on Saturday") nor a nuclear test.
    /// </summary>
    internal static bool DatesALaunch(string s, int at, int length)
    {
        var after = s.AsSpan(at + length);
        if (ExtractionPatterns.LaunchAfterDay().IsMatch(after) || ExtractionPatterns.WhenLaunchAfterDay().IsMatch(after)) return true;
        if (ExtractionPatterns.OtherEventAfterDay().IsMatch(after)) return false;
        var before = s[..at];
        if (ExtractionPatterns.OpeningBeforeDay().IsMatch(before) && ExtractionPatterns.LaunchClauseAfterOpeningDay().IsMatch(after)) return true;

        var from = Math.Max(0, at - Reach);
        var window = s[from..at];
        if (ExtractionPatterns.ReferenceClauseBreak().Matches(window).LastOrDefault() is { } cut) window = window[(cut.Index + cut.Length)..];
        var last = ExtractionPatterns.EventWord().Matches(window).LastOrDefault();
        if (last is null || !last.Groups["launch"].Success) return false;

        // "the Jan. 5 launch on Monday": that launch is dated already; the later day is of something else.
        var head = window[..last.Index];
        if (DayRightBefore(head)) return false;
        return !ExtractionPatterns.PlanBeforeLaunchWord().IsMatch(head);
    }

    /// <summary>Whether <paramref name="head"/> ends with a day and at most two words ("the Jan. 5", "Sunday's").</summary>
    private static bool DayRightBefore(string head)
    {
        var tail = head.Length > 25 ? head[^25..] : head;
        var wd = ExtractionPatterns.Weekday().Matches(tail).LastOrDefault();
        if (wd is not null && tail[(wd.Index + wd.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2) return true;
        var found = DateFinder.FindDates(tail);
        var date = found.Count > 0 ? found[^1] : null;
        return date is not null && tail[(date.Start + date.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2;
    }

    private static string CategoryIn(string s)
    {
        var words = Prefiltered.CategoryWord.Matches(s).Select(m => ClassFinder.CategoryOf(m.Value)).ToList();
        foreach (var c in new[] { Vocabulary.Categories.Hypersonic, Vocabulary.Categories.Cruise, Vocabulary.Categories.SpaceLaunch, Vocabulary.Categories.RocketArtillery, Vocabulary.Categories.Ballistic })
        {
            if (words.Contains(c)) return c;
        }

        return Vocabulary.Categories.Unknown;
    }

    private static int? NumberOf(string word) => word.ToLowerInvariant() switch
    {
        "a" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6,
        var w when w.Length == 1 && char.IsAsciiDigit(w[0]) => w[0] - '0',
        _ => null,
    };

    private static void AddInterval(Dictionary<DateOnly, LaunchEvent> found, DateOnly from, DateOnly to, string category, string actor, string basis, DateBounds? primary)
    {
        if (from == to)
        {
            Add(found, from, category, actor, basis, primary);
            return;
        }

        if (primary is { Earliest: { } e, Latest: { } l } && to >= e && from <= l) return;
        var middle = from.AddDays(to.DayNumber - from.DayNumber >> 1);
        if (found.Keys.Any(k => k >= from && k <= to)) return;
        found[middle] = new LaunchEvent
        {
            Role = Vocabulary.Roles.Reference,
            Actor = actor,
            Date = new DateBounds(from, to, basis),
            Category = category,
        };
    }

    private static void Add(Dictionary<DateOnly, LaunchEvent> found, DateOnly day, string category, string actor, string basis, DateBounds? primary)
    {
        // A day inside the story's own launch interval is that launch, written another way.
        if (primary is { Earliest: { } e, Latest: { } l } && day >= e && day <= l) return;
        if (found.ContainsKey(day)) return;
        found[day] = new LaunchEvent
        {
            Role = Vocabulary.Roles.Reference,
            Actor = actor,
            Date = DateBounds.Day(day, basis),
            Weekday = day.DayOfWeek.ToString(),
            Category = category,
        };
    }
}
