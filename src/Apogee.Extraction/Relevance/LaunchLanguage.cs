using System.Text.RegularExpressions;
using Apogee.Extraction.Dates;
using Apogee.Extraction.Sentences;
using Apogee.Extraction.Text;

namespace Apogee.Extraction.Relevance;

/// <summary>Sentence tests shared by relevance and the report builder: does it tell of a launch, an actual one, another one?</summary>
public static class LaunchLanguage
{
    /// <summary>A launch verb and something launched (or a pronoun standing for it: "It was fired at 7:40 a.m.").</summary>
    public static bool TellsOfLaunch(string s) => LaunchVerbs.Any(s) && NamesLaunchedThing(s, null);

    /// <summary>
    /// A launched thing besides the verb itself: "launches" and "test-fire" are also launch nouns, but in "North Korea
    /// launches new propaganda campaign" the verb names nothing launched. The verb is looked for only when every launched
    /// thing found is such a word (<paramref name="verb"/> null: not yet found; finding it costs every verb pattern).
    /// </summary>
    private static bool NamesLaunchedThing(string s, Match? verb)
    {
        for (var m = ExtractionPatterns.Projectile().Match(s); m.Success; m = m.NextMatch())
        {
            if (!(m.Value.StartsWith("launch", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("test-fire", StringComparison.OrdinalIgnoreCase))) return true;
            verb ??= LaunchVerbs.First(s);
            if (m.Index >= verb.Index + verb.Length || m.Index + m.Length <= verb.Index) return true;
        }

        return ExtractionPatterns.PronounLaunch().IsMatch(s);
    }

    /// <summary>
    /// A launch that happened: no plan, threat, capability or ground-test word before the launch verb, and what the verb
    /// acts on is not a nuclear device ("tested a hydrogen bomb").
    /// </summary>
    public static bool TellsOfActualLaunch(string s)
    {
        // TellsOfLaunch, with the verb found once: it is wanted below.
        var verb = LaunchVerbs.First(s);
        if (!verb.Success || !NamesLaunchedThing(s, verb)) return false;
        if (ExtractionPatterns.NuclearObject().IsMatch(s.AsSpan(verb.Index))) return false;
        return !ExtractionPatterns.Hedge().IsMatch(Governing(s, verb, ExtractionPatterns.NominalLaunch().IsMatch(verb.Value)));
    }

    /// <summary>
    /// The launch told is feared, planned or threatened: a hedge word before the first launch verb, in its clause ("had
    /// feared that North Korea might mark the day by test-firing an ICBM"). Unlike <see cref="TellsOfActualLaunch"/>, a
    /// hedge after the verb ("tested an ICBM that appears capable of ...") does not count.
    /// </summary>
    public static bool HedgedBeforeVerb(string s)
    {
        var verb = LaunchVerbs.First(s);
        return verb.Success && ExtractionPatterns.Hedge().IsMatch(Governing(s, verb, whole: false));
    }

    /// <summary>
    /// The words that govern a launch verb: the sentence up to it (all of it for a noun-like verb), from the clause's
    /// opener ("Japan issued a warning after North Korea fired ...": from "after"), without a concessive phrase
    /// ("Despite strong warnings, North Korea launched ...": the warnings do not make the launch a threat).
    /// </summary>
    private static string Governing(string s, Match verb, bool whole)
    {
        // "condemned North Korea on Thursday for launching ...": the launch is the reaction's reason, which no reaction word hedges.
        if (ExtractionPatterns.ReactionReasonBefore().Match(s, 0, verb.Index) is { Success: true } reason
            && !ExtractionPatterns.ReactionToCome().IsMatch(s.AsSpan(Math.Max(0, reason.Index - 40), Math.Min(reason.Index, 40))))
        {
            return s[(reason.Index + reason.Length)..(verb.Index + verb.Length)];
        }

        var governed = whole ? s : s[..(verb.Index + verb.Length)];
        var opener = ExtractionPatterns.ClauseOpener().Matches(governed).LastOrDefault();
        if (opener is not null && opener.Index < verb.Index) governed = governed[opener.Index..];
        return ExtractionPatterns.ConcessivePhrase().Replace(governed, " ");
    }

    /// <summary>
    /// A launch named as a noun ("Trump responds to North Korean missile launch", "condemns the DPRK for its test of a
    /// long-range ballistic missile", "after Tuesday's launch") that no plan, fear, possibility or halt governs: how
    /// headlines, official statements and reaction pieces report the launch they are built around. Null when none.
    /// </summary>
    public static Match? NominalLaunch(string s)
    {
        foreach (Match m in Prefiltered.NominalLaunchMention.Matches(s))
        {
            // "Japan protested after the missile launch": only the launch noun's own clause governs it.
            var before = s[..m.Index];
            if (ExtractionPatterns.TimeOffsetBefore().IsMatch(before.AsSpan(Math.Max(0, before.Length - 60)))) continue;
            var opener = ExtractionPatterns.ClauseOpener().Matches(before).LastOrDefault();
            var clause = opener is null ? before : before[opener.Index..];
            // "will meet on Friday to discuss Pyongyang's launch of ...": the future is the meeting's, not the launch's.
            if (ExtractionPatterns.MeetingAbout().Matches(clause).LastOrDefault() is { } meeting) clause = clause[(meeting.Index + meeting.Length)..];
            // "the missile launches by North Korea last year": launches of a period are background, not one day's.
            if (m.Value.EndsWith("launches", StringComparison.OrdinalIgnoreCase) && ExtractionPatterns.PeriodAfterLaunches().IsMatch(s.AsSpan(m.Index + m.Length))) continue;
            if (!ExtractionPatterns.NominalHedge().IsMatch(clause) && !ExtractionPatterns.NominalHedgeAfter().IsMatch(s.AsSpan(m.Index + m.Length))) return m;
        }

        // "The launch on Thursday came as ...": the launch noun with its own weekday, under the same hedges.
        if (ExtractionPatterns.DatedLaunchNoun().Match(s) is { Success: true } dated)
        {
            var before = s[..dated.Index];
            var opener = ExtractionPatterns.ClauseOpener().Matches(before).LastOrDefault();
            var clause = opener is null ? before : before[opener.Index..];
            if (!ExtractionPatterns.TimeOffsetBefore().IsMatch(before.AsSpan(Math.Max(0, before.Length - 60))) && !ExtractionPatterns.NominalHedge().IsMatch(clause)
                && !ExtractionPatterns.FutureBeforeDay().IsMatch(before.AsSpan(Math.Max(0, before.Length - 60)))) return dated;
        }

        return null;
    }

    /// <summary>
    /// "On August 29, North Korea launched a missile over Japan. The Hwasong-12 is believed to have flown ...": a sentence
    /// of the same paragraph that goes straight on about "the missile" after one that dates an earlier launch is about
    /// that launch too, unless it ties itself to the story's ("today", "latest", the launch's weekday).
    /// </summary>
    public static bool ContinuesBackground(Sentence previous, bool previousDates, Sentence s, string? launchWeekday = null)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(s);
        if (!previousDates || previous.Index != s.Index - 1 || previous.Paragraph != s.Paragraph) return false;
        if (!ExtractionPatterns.BackgroundContinuation().IsMatch(s.Text)) return false;
        if (launchWeekday is not null && s.Text.Contains(launchWeekday, StringComparison.Ordinal)) return false;
        return !ExtractionPatterns.RelativeDay().IsMatch(s.Text) && !s.Text.Contains("latest", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The weekday the most of these launch sentences give (the first told on a tie), not counting one that dates a
    /// statement ("said Tuesday") or an earlier day ("last Saturday"); null when none gives one.
    /// </summary>
    public static string? MostToldWeekday(IEnumerable<string> launchSentences)
    {
        ArgumentNullException.ThrowIfNull(launchSentences);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var s in launchSentences)
        {
            foreach (var day in ExtractionPatterns.Weekday().Matches(s).Where(m => !ExtractionPatterns.StatementBeforeWeekday().IsMatch(s.AsSpan(0, m.Index))
                && !ExtractionPatterns.LastWeekday().IsMatch(s.AsSpan(Math.Max(0, m.Index - 9)))).Select(m => m.Value).Distinct())
            {
                if (!counts.TryAdd(day, 1)) counts[day]++;
                else order.Add(day);
            }
        }

        return order.OrderByDescending(d => counts[d]).FirstOrDefault();
    }

    /// <summary>
    /// A launch told on a weekday at least two days from the story's launch ("three short-range missiles on Saturday"
    /// in a story of Tuesday's), and not on the launch's own day too; a weekday that dates a statement ("said Saturday")
    /// does not count, nor the day before or after (another time zone's date of the same launch).
    /// </summary>
    public static bool OnAnotherWeekday(string s, string launchWeekday)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (DateFinder.ParseWeekday(launchWeekday) is not { } launch) return false;
        if (ExtractionPatterns.RelativeDay().IsMatch(s) || s.Contains("latest", StringComparison.OrdinalIgnoreCase)) return false;
        var other = false;
        foreach (Match m in ExtractionPatterns.Weekday().Matches(s))
        {
            if (DateFinder.ParseWeekday(m.Value) is not { } day) continue;
            if (day == launch) return false;
            if (ExtractionPatterns.StatementBeforeWeekday().IsMatch(s.AsSpan(0, m.Index))) continue;
            var apart = Math.Abs(day - launch);
            if (Math.Min(apart, 7 - apart) >= 2) other = true;
        }

        return other;
    }

    /// <summary>
    /// About an earlier launch ("last month", "in 2017", "a string of tests", "has launched short-range missiles"), unless it also carries a word that ties it
    /// to the story's own launch (its weekday, "today", "latest").
    /// </summary>
    public static bool AboutOtherLaunch(string s, string? primaryWeekday)
    {
        var weak = Prefiltered.WeakOtherLaunchMarker.Match(s);
        if (!weak.Success) weak = ExtractionPatterns.HabitualLaunch().Match(s);
        var strong = OtherLaunchMarker.Strong(s) >= 0;
        if (!weak.Success && !strong) return false;
        if (!strong
            && ExtractionPatterns.PrimaryReferent().Match(s) is { Success: true } r && r.Index < weak.Index)
        {
            return false;
        }

        if (ExtractionPatterns.RelativeDay().IsMatch(s)) return false;
        if (s.Contains("latest", StringComparison.OrdinalIgnoreCase)) return false;

        // "Third missile test since last week", "the second launch in less than a week ... late last year", "fired ... the
        // previous day": a place in a series before the marker, or a day counted from the report's, is the story's launch.
        if (!strong && ((ExtractionPatterns.SeriesOrdinal().Match(s) is { Success: true } o && o.Index < weak.Index) || ExtractionPatterns.DayEarlier().IsMatch(s))) return false;
        foreach (System.Text.RegularExpressions.Match m in ExtractionPatterns.Weekday().Matches(s))
        {
            var before = s[..m.Index].TrimEnd();
            if (before.EndsWith("last", StringComparison.OrdinalIgnoreCase) || before.EndsWith("previous", StringComparison.OrdinalIgnoreCase)) continue;
            if (primaryWeekday is null || m.Value == primaryWeekday) return false;
        }

        return true;
    }
}
