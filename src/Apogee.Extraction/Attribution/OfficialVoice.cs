using Apogee.Core.Model;
using Apogee.Extraction.Text;

namespace Apogee.Extraction.Attribution;

/// <summary>
/// Whose voice a document's uncued sentences are: a state agency's text speaks for its state (KCNA for North Korea), a
/// government office's own statement for its government (a White House or State Department release, a ministry's
/// notice); anything else is the reporter's.
/// </summary>
internal static class OfficialVoice
{
    private static readonly (string Group, string Source)[] Groups =
    [
        ("UnitedStates", Vocabulary.Sources.UnitedStates), ("Japan", Vocabulary.Sources.Japan), ("SouthKorea", Vocabulary.Sources.SouthKorea),
    ];

    public static string Of(string? outlet, bool stateAgency)
    {
        if (stateAgency) return Vocabulary.Sources.NorthKorea;
        var m = ExtractionPatterns.OfficialPublisher().Match(outlet ?? "");
        if (m.Success)
        {
            foreach (var (group, source) in Groups)
            {
                if (m.Groups[group].Success) return source;
            }
        }

        return Vocabulary.Sources.Unattributed;
    }
}
