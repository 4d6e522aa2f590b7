using Apogee.Extraction.Sentences;

namespace Apogee.Extraction.Relevance;

/// <summary>Finds the sentence that reports the story's own launch, or none when the story reports no launch.</summary>
public interface IRelevanceJudge
{
    Sentence? FindPrimaryLaunch(IReadOnlyList<Sentence> sentences);
}
