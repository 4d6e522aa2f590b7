using System.Text.RegularExpressions;
using Apogee.Extraction.Text;

namespace Apogee.Extraction.Relevance;

/// <summary>
/// The launch verbs of a sentence: exactly what <see cref="ExtractionPatterns.PastLaunchVerbPattern"/> matches, from its two
/// parts. The leftmost match of an alternation is the earliest place any part matches at; where several match at one
/// place, the earliest part's words come first in the alternation, so its match is the one taken.
/// </summary>
internal static class LaunchVerbs
{
    /// <summary>The parts the engine searches for by their few first words; the last, many-worded part is <see cref="Prefiltered.PastLaunchVerbPlain"/>.</summary>
    private static readonly Regex[] Leading = ExtractionPatterns.PastLaunchVerbParts[..^1];

    public static bool Any(string s)
    {
        foreach (var part in Leading)
        {
            if (part.IsMatch(s)) return true;
        }

        return Prefiltered.PastLaunchVerbPlain.IsMatch(s);
    }

    /// <summary>The first launch verb at or after <paramref name="from"/>; an unsuccessful match when there is none.</summary>
    public static Match First(string s, int from = 0)
    {
        Match? first = null;
        foreach (var part in Leading)
        {
            var m = part.Match(s, from);
            if (m.Success && (first is null || m.Index < first.Index)) first = m;
        }

        var plain = Prefiltered.PastLaunchVerbPlain.Match(s, from);
        if (plain.Success && (first is null || plain.Index < first.Index)) first = plain;

        return first ?? Match.Empty;
    }

    /// <summary>Every launch verb, left to right, as <c>Matches</c> would give them (no match is empty).</summary>
    public static IEnumerable<Match> All(string s)
    {
        for (var m = First(s); m.Success; m = First(s, m.Index + m.Length)) yield return m;
    }
}
