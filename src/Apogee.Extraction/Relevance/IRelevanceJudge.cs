using Apogee.Extraction.Sentences;

namespace Apogee.Extraction.Relevance;

/// <summary>Finds the sentence that reports the story's own launch, or none when the story reports no launch.</summary>
public interface IRelevanceJudge
{
    Sentence? FindPrimaryLaunch(IReadOnlyList<Sentence> sentences);

    /// <summary>As above, skipping sentences the caller knows to be dated long before publication (an earlier launch).</summary>
    Sentence? FindPrimaryLaunch(IReadOnlyList<Sentence> sentences, Func<Sentence, bool> datedLongBefore) => FindPrimaryLaunch(sentences);
}
