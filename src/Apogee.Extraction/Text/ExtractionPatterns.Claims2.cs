using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>
/// Patterns for claim classes probed in a second round (branch claims2, issue #11; probes in
/// tools/claim-probes/probes2.py, written before these rules): hedges carried by the noun phrase, GMT clocks without a
/// colon, earlier launches dated in a relative clause.
/// </summary>
internal static partial class ExtractionPatterns
{
    /// <summary>
    /// Right before a figure with no hedge word of its own: a noun phrase that hedges it ("an estimated distance of",
    /// "an approximate altitude of", "the estimated flight time was"), as wire and ministry copy write an estimate.
    /// </summary>
    [GeneratedRegex("\\b(?:estimated|approximate)\\s+(?:(?:flight|maximum|max|peak|top|total|flying)\\s+){0,2}(?:distance|range|altitude|height|apogee|speed|velocity|time|duration)\\s+(?:(?:of|was|is|at)\\s+){1,2}$", I)]
    internal static partial Regex HedgingNounBefore();

    /// <summary>Between a place and a place within it: a possessive ("South Pyongan Province's Sukchon", "Pyongyang's Sunan").</summary>
    [GeneratedRegex("^(?:\\s+(?:province|county|city|district|region))?['\u2019]s\\s+$", I)]
    internal static partial Regex PossessivePlaceJoin();

    /// <summary>
    /// In the primary sentence, where it turns to an earlier launch: "following", "since", a span before "after" ("days
    /// after", "a week after"). Bare "after" is left out: "condemned the launch after North Korea fired ..." is the
    /// story's own launch.
    /// </summary>
    [GeneratedRegex("\\b(?:following|since|(?:(?:a|one|two|three|four|five|six|several|a few|\\d+)\\s+)?(?:days?|weeks?|months?)\\s+after)\\b", I)]
    internal static partial Regex EarlierLaunchTurn();

    /// <summary>Right after a day: a relative clause telling the launch of that day ("since Monday, when it fired two cruise missiles").</summary>
    [GeneratedRegex("^\\s*,?\\s+when\\s+(?:it|the North|North Korea|Pyongyang|the regime|the DPRK)\\s+(?:(?:also|last|first|had)\\s+)?(?:fired|launched|test-fired|test-launched|tested|conducted|flight-tested|lobbed)\\b", I)]
    internal static partial Regex WhenLaunchAfterDay();
}
