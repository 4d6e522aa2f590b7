using Apogee.Extraction.Text;

namespace Apogee.Extraction.Relevance;

/// <summary>
/// A sentence in which another party launches ("The U.S. Air Force, meanwhile, tested a Minuteman III", "the U.S. and
/// South Korean militaries fired missiles in response", "North Korea launched a rocket in December" in a story about
/// South Korea's satellite, "The American intercontinental ballistic missile flew 4,200 miles"): its counts, figures,
/// sites and names belong to that launch, not the story's.
/// </summary>
public static class OtherLauncher
{
    public static bool Launches(string sentence, string primaryActor) =>
        primaryActor == "North Korea"
            ? ExtractionPatterns.ForeignLauncher().IsMatch(sentence) || ExtractionPatterns.ForeignLaunchedThing().IsMatch(sentence)
            : ExtractionPatterns.NorthKoreaLauncher().IsMatch(sentence);
}
