namespace Apogee.Extraction.Relevance;

using Apogee.Extraction.Sentences;

/// <summary>
/// A story is about a launch when its lead (the first sentences) reports an actual launch that is not an earlier
/// one mentioned for context: background launches deep in a story about sanctions or a nuclear test do not count.
/// The launch may be told with a verb ("North Korea fired ...") or, as headlines, official statements and reaction
/// pieces do, named as a noun ("Trump responds to North Korean missile launch", "condemns the DPRK for its test of a
/// long-range ballistic missile"); the first lead sentence that does either is the primary one.
/// </summary>
public sealed class RelevanceJudge : IRelevanceJudge
{
    /// <summary>How many sentences count as the lead; headlines and bylines take a few.</summary>
    public const int LeadSentences = 8;

    /// <summary>
    /// A lead launch dated more than this many days before publication is background ("North Korea tested an ICBM on
    /// July 28" in a policy analysis); within it, a late analysis still reports its launch (weeks later, by date).
    /// </summary>
    public const int StaleDays = 31;

    public Sentence? FindPrimaryLaunch(IReadOnlyList<Sentence> sentences) => FindPrimaryLaunch(sentences, _ => false);

    public Sentence? FindPrimaryLaunch(IReadOnlyList<Sentence> sentences, Func<Sentence, bool> datedLongBefore)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(datedLongBefore);
        Sentence? background = null;
        var backgroundDated = false;
        var prose = 0;
        foreach (var s in sentences.Take(3 * LeadSentences))
        {
            // Bylines, time stamps and credits ("By", "UPDATED:", "|") do not use up the lead: only sentences of prose count
            // (up to three times the lead in all, so a page of short lines is not read to its end).
            if (Words(s.Text) >= 4 && ++prose > LeadSentences) break;
            // A background sentence, or one going straight on about its launch ("The missile flew ..."), is not the story's.
            var dated = datedLongBefore(s);
            var continues = background is not null && LaunchLanguage.ContinuesBackground(background, backgroundDated, s);
            if (LaunchLanguage.AboutOtherLaunch(s.Text, null) || dated || continues)
            {
                (background, backgroundDated) = (s, dated || Text.ExtractionPatterns.DatingMarker().IsMatch(s.Text) || (continues && backgroundDated));
                continue;
            }

            background = null;
            if (LaunchLanguage.TellsOfActualLaunch(s.Text) || LaunchLanguage.NominalLaunch(s.Text) is not null) return s;
        }

        return null;
    }

    /// <summary>Words in a sentence, up to four (all the lead count needs).</summary>
    private static int Words(string s)
    {
        var n = 0;
        var inWord = false;
        foreach (var ch in s)
        {
            var w = char.IsLetterOrDigit(ch);
            if (w && !inWord && ++n == 4) return n;
            inWord = w;
        }

        return n;
    }
}
