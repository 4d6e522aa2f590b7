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
        var governed = ExtractionPatterns.NominalLaunch().IsMatch(verb.Value) ? s : s[..(verb.Index + verb.Length)];

        // "Japan issued a warning after North Korea fired ...": the launch's own clause starts at "after".
        var opener = ExtractionPatterns.ClauseOpener().Matches(governed).LastOrDefault();
        if (opener is not null && opener.Index < verb.Index) governed = governed[opener.Index..];
        return !ExtractionPatterns.Hedge().IsMatch(governed);
    }

    /// <summary>
    /// About an earlier launch ("last month", "in 2017", "a string of tests"), unless it also carries a word that ties it
    /// to the story's own launch (its weekday, "today", "latest").
    /// </summary>
    public static bool AboutOtherLaunch(string s, string? primaryWeekday)
    {
        var weak = ExtractionPatterns.WeakOtherLaunchMarker().Match(s);
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
