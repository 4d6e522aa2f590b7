namespace Apogee.Extraction.Relevance;

using Apogee.Extraction.Sentences;

/// <summary>
/// A story is about a launch when its lead (the first sentences) reports an actual launch that is not an earlier
/// one mentioned for context: background launches deep in a story about sanctions or a nuclear test do not count.
/// </summary>
public sealed class RelevanceJudge : IRelevanceJudge
{
    /// <summary>How many sentences count as the lead; headlines and bylines take a few.</summary>
    public const int LeadSentences = 8;

    public Sentence? FindPrimaryLaunch(IReadOnlyList<Sentence> sentences)
    {
        foreach (var s in sentences.Take(LeadSentences))
        {
            if (LaunchLanguage.TellsOfActualLaunch(s.Text) && !LaunchLanguage.AboutOtherLaunch(s.Text, null)) return s;
        }

        return null;
    }
}
