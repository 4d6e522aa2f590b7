using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>
/// Patterns for phrasings of the facts that no one corpus taught (issue #11, phrasing matrix): number words past twelve,
/// the capital as a site, names that begin with a date.
/// </summary>
internal static partial class ExtractionPatterns
{
    /// <summary>
    /// A count in words or digits, as outlets write it: "six", "eighteen", "twenty-three", "23". Compounds come before
    /// their first word so "twenty-three" is read whole.
    /// </summary>
    internal const string CountNumber =
        "(?:(?:twenty|thirty|forty|fifty)-(?:one|two|three|four|five|six|seven|eight|nine)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|\\d{1,2})";

    /// <summary>
    /// The space between digit groups: KCNA's "1 002km" typesets thousands with a space, and web copies of it with a
    /// no-break or thin space ("3\u00a0724.9 km"): read as one figure, not its last group.
    /// </summary>
    internal const string DigitGroupSpace = "[ \u00a0\u2009\u202f]";

    /// <summary>A glider named without "hypersonic": "glide vehicle", "HGV", KCNA's "gliding (flight) warhead".</summary>
    private const string GlideWords = "glid(?:e|ing) vehicles?|HGVs?|glid(?:e|ing) (?:flight )?warheads?";

    [GeneratedRegex("^(?:" + GlideWords + ")$", I)]
    internal static partial Regex GlideWord();

    /// <summary>
    /// "fired from near the capital", "launched in the capital": the capital named without its name, after a site cue. Not
    /// "the capital, Pyongyang" or "the capital Pyongyang" (the name follows and is found itself), "the capital of Iran",
    /// nor Seoul's "capital region/area".
    /// </summary>
    [GeneratedRegex("\\b(?:from|near|in|around|outside|off)\\s+(?:(?:near|the outskirts of|the vicinity of|an area (?:near|in))\\s+)?(?:the|its|the North['\u2019]s|North Korea['\u2019]s)\\s+capital\\b(?!\\s*,?\\s*(?:(?-i:[A-Z])|of\\b|region\\b|area\\b|city of\\b))", I)]
    internal static partial Regex UnnamedCapital();

    /// <summary>After a month and day: a name that begins with the date ("the March 16 Factory", "the April 25 Hotel"), not a date.</summary>
    [GeneratedRegex("^\\s+(?:Factory|Works|Plant|Complex|Machine\\w*|Hotel|House|Stadium|Street|Bridge|Square|Combine|Enterprise)\\b", C)]
    internal static partial Regex NameAfterDate();

    /// <summary>A range class written as the acronym of a ballistic missile: "ICBM", "SRBMs".</summary>
    [GeneratedRegex("^(?:ICBM|SRBM|MRBM|IRBM)s?$", I)]
    internal static partial Regex BallisticAcronym();

    /// <summary>Before a party: it relays another's words ("as quoted by Yonhap", "quoted by Seoul's Yonhap", "as carried by Rodong Sinmun"), it does not say them.</summary>
    [GeneratedRegex("\\b(?:as\\s+)?(?:quoted|cited|carried|relayed)\\s+by\\s+(?:the\\s+)?(?:[A-Z][\\w-]*['\u2019]s\\s+)?$", I)]
    internal static partial Regex RelayBeforeParty();

    /// <summary>A party mention that names a news organ (KCNA, Korean Central TV, Rodong Sinmun, "state media"): it reports, it never launches.</summary>
    [GeneratedRegex("\\b(?:KCNA|Korean Central|KCTV|Rodong Sinmun|media|news agency)\\b", I)]
    internal static partial Regex NewsOrgan();
}
