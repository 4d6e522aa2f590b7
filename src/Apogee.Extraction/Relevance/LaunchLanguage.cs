using System.Text.RegularExpressions;
using Apogee.Extraction.Sentences;
using Apogee.Extraction.Text;

namespace Apogee.Extraction.Relevance;

/// <summary>Sentence tests shared by relevance and the report builder: does it tell of a launch, an actual one, another one?</summary>
public static class LaunchLanguage
{
    /// <summary>A launch verb and something launched (or a pronoun standing for it: "It was fired at 7:40 a.m.").</summary>
    public static bool TellsOfLaunch(string s) =>
        ExtractionPatterns.PastLaunchVerb().IsMatch(s) && (ExtractionPatterns.Projectile().IsMatch(s) || ExtractionPatterns.PronounLaunch().IsMatch(s));

    /// <summary>A launch that happened: no plan, threat, capability or ground-test word before the launch verb.</summary>
    public static bool TellsOfActualLaunch(string s)
    {
        if (!TellsOfLaunch(s)) return false;
        var verb = ExtractionPatterns.PastLaunchVerb().Match(s);
        return !ExtractionPatterns.Hedge().IsMatch(Governing(s, verb, ExtractionPatterns.NominalLaunch().IsMatch(verb.Value)));
    }

    /// <summary>
    /// The launch told is feared, planned or threatened: a hedge word before the first launch verb, in its clause ("had
    /// feared that North Korea might mark the day by test-firing an ICBM"). Unlike <see cref="TellsOfActualLaunch"/>, a
    /// hedge after the verb ("tested an ICBM that appears capable of ...") does not count.
    /// </summary>
    public static bool HedgedBeforeVerb(string s)
    {
        var verb = ExtractionPatterns.PastLaunchVerb().Match(s);
        return verb.Success && ExtractionPatterns.Hedge().IsMatch(Governing(s, verb, whole: false));
    }

    /// <summary>
    /// The words that govern a launch verb: the sentence up to it (all of it for a noun-like verb), from the clause's
    /// opener ("Japan issued a warning after North Korea fired ...": from "after"), without a concessive phrase
    /// ("Despite strong warnings, North Korea launched ...": the warnings do not make the launch a threat).
    /// </summary>
    private static string Governing(string s, Match verb, bool whole)
    {
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
        foreach (Match m in ExtractionPatterns.NominalLaunchMention().Matches(s))
        {
            // "Japan protested after the missile launch": only the launch noun's own clause governs it.
            var before = s[..m.Index];
            var opener = ExtractionPatterns.ClauseOpener().Matches(before).LastOrDefault();
            var clause = opener is null ? before : before[opener.Index..];
            if (!ExtractionPatterns.NominalHedge().IsMatch(clause) && !ExtractionPatterns.NominalHedgeAfter().IsMatch(s.AsSpan(m.Index + m.Length))) return m;
        }

        return null;
    }

    /// <summary>
    /// "On August 29, North Korea launched a missile over Japan. The Hwasong-12 is believed to have flown ...": a sentence
    /// of the same paragraph that goes straight on about "the missile" after one that dates an earlier launch is about
    /// that launch too, unless it ties itself to the story's ("today", "latest").
    /// </summary>
    public static bool ContinuesBackground(Sentence previous, bool previousDatedLongBefore, Sentence s)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(s);
        if (previous.Index != s.Index - 1 || previous.Paragraph != s.Paragraph) return false;
        if (!previousDatedLongBefore && !ExtractionPatterns.DatingMarker().IsMatch(previous.Text)) return false;
        if (!ExtractionPatterns.ContinuationSubject().IsMatch(s.Text)) return false;
        return !ExtractionPatterns.RelativeDay().IsMatch(s.Text) && !s.Text.Contains("latest", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// About an earlier launch ("last month", "in 2017", "a string of tests", "has launched short-range missiles"), unless it also carries a word that ties it
    /// to the story's own launch (its weekday, "today", "latest").
    /// </summary>
    public static bool AboutOtherLaunch(string s, string? primaryWeekday)
    {
        var weak = ExtractionPatterns.WeakOtherLaunchMarker().Match(s);
        if (!weak.Success) weak = ExtractionPatterns.HabitualLaunch().Match(s);
        var strong = ExtractionPatterns.StrongOtherLaunchMarker().IsMatch(s);
        if (!weak.Success && !strong) return false;
        if (!strong
            && ExtractionPatterns.PrimaryReferent().Match(s) is { Success: true } r && r.Index < weak.Index)
        {
            return false;
        }

        if (ExtractionPatterns.RelativeDay().IsMatch(s)) return false;
        if (s.Contains("latest", StringComparison.OrdinalIgnoreCase)) return false;
        foreach (System.Text.RegularExpressions.Match m in ExtractionPatterns.Weekday().Matches(s))
        {
            var before = s[..m.Index].TrimEnd();
            if (before.EndsWith("last", StringComparison.OrdinalIgnoreCase) || before.EndsWith("previous", StringComparison.OrdinalIgnoreCase)) continue;
            if (primaryWeekday is null || m.Value == primaryWeekday) return false;
        }

        return true;
    }
}
