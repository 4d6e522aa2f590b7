using Apogee.Extraction.Text;

namespace Apogee.Extraction.Relevance;

/// <summary>
/// Where a sentence sets the story's launch after another one ("The launch came two weeks after ...", "follows", "a day
/// after it fired ..."): what follows that marker is the other launch's.
/// </summary>
internal static class OtherLaunchMarker
{
    /// <summary>The index of the first strong marker, or -1 when there is none.</summary>
    public static int Strong(string s)
    {
        var words = ExtractionPatterns.StrongOtherLaunchMarkerWords().Match(s);
        // "His comments came a day after Pyongyang test-fired ...": a reaction that came right after the launch tells of the
        // launch it answers, when nothing before it is a launch of its own.
        if (words.Success && ExtractionPatterns.ReactionCameAfter().IsMatch(s.AsSpan(0, words.Index + words.Length)) && !LaunchLanguage.TellsOfLaunch(s[..words.Index])) return -1;
        var limit = words.Success ? words.Index : s.Length;
        // "after North Korea fired ...": in a reaction sentence ("Seoul condemned the launch after North Korea fired two
        // missiles") the clause is the story's own launch, the way wires, papers and statements put it; it is another
        // launch only after a written gap ("days after it launched") or behind a launch the sentence told first.
        foreach (System.Text.RegularExpressions.Match m in ExtractionPatterns.AfterLauncherFired().Matches(s))
        {
            if (m.Index >= limit) break;

            // Whether the sentence told a launch before the clause: asked once, and only when needed (the costliest test here).
            var reaction = ExtractionPatterns.ReactionCameAfter().IsMatch(s.AsSpan(0, m.Index + "after".Length));
            bool? toldBefore = reaction ? LaunchLanguage.TellsOfLaunch(s[..m.Index]) : null;
            if (toldBefore == false) continue;
            // The marker starts at the gap when one is written ("days after it launched"), else at "after".
            var gap = ExtractionPatterns.GapBefore().Match(s, m.Index);
            if (gap.Success) return gap.Groups["gap"].Index;
            if (toldBefore ?? LaunchLanguage.TellsOfLaunch(s[..m.Index])) return m.Index;
        }

        return words.Success ? words.Index : -1;
    }
}
