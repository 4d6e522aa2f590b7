using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>Patterns that tell which way a speech cue points: who is its speaker and who only a subject of what is said.</summary>
internal static partial class ExtractionPatterns
{
    /// <summary>Cues whose speaker follows them ("according to the JCS", "citing Yonhap").</summary>
    [GeneratedRegex("^(?:according to|citing|quoting)$", I)]
    internal static partial Regex ForwardCue();

    /// <summary>Cues whose speaker may stand on either side ("Yonhap quoted ...", "quoted by KCNA", "told Yonhap").</summary>
    [GeneratedRegex("^(?:quoted|cited|told|tells)$", I)]
    internal static partial Regex EitherWayCue();

    /// <summary>
    /// Before a verb cue: a comma or closing quote makes it inverted ("..., said the JCS"; "...,” the ministry said" is
    /// the plain order): the speaker then follows the cue.
    /// </summary>
    [GeneratedRegex("[,\"\u201d\u2019]\\s*$", C)]
    internal static partial Regex InvertedCueBefore();

    /// <summary>After a verb cue: a passive "reported by KCNA" names its speaker after the cue.</summary>
    [GeneratedRegex("^\\s+(?:on \\w+\\s+)?by\\s", I)]
    internal static partial Regex PassiveByAfter();

    /// <summary>
    /// A speaker outside the party lexicon right before the cue ("she said", "analysts said", "experts say"): the cue is
    /// theirs, so a party named earlier in the sentence is what they talk about, not who speaks.
    /// </summary>
    [GeneratedRegex("(?<![\\w.'\u2019-])(?:he|she|they|we|I|you|analysts?|experts?|observers?|diplomats?|scientists?|researchers?|specialists?|commentators?|critics|lawmakers?|witnesses|residents)\\s+(?:(?:also|later|previously|earlier|have|had|has|had|would|will|often|repeatedly)\\s+){0,2}$", I)]
    internal static partial Regex OtherSpeakerBefore();

    /// <summary>After a party: a place it owns ("the North's city of Wonsan", "Pyongyang's airport": named as a place, not a speaker.</summary>
    [GeneratedRegex("^['\u2019]s\\s+(?:(?:eastern|western|northern|southern|coastal|port|capital)\\s+)?(?:city|town|county|province|capital|port|coast|coastline|region|area|village|base|airport|airfield|outskirts|suburbs?)\\b", I)]
    internal static partial Regex PossessedPlace();
}
