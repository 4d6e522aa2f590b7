using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>
/// Patterns for claims in phrasings probed synthetically (issue #11, claim recall on news never seen): relayed
/// sources and the direction of flight.
/// </summary>
internal static partial class ExtractionPatterns
{
    /// <summary>
    /// A cue that passes on another party's words ("Yonhap reported, citing the JCS", "Citing KCNA, Yonhap said",
    /// "quoting the South's military"): the party it names is where the facts come from, the outlet only relays them.
    /// </summary>
    [GeneratedRegex("^(?:citing|quoting)$", I)]
    internal static partial Regex RelayCue();

    /// <summary>
    /// Where the flight went, in a launch sentence: a sea the Korean peninsula's launches fly into ("toward the East
    /// Sea", "into the Sea of Japan", "over the Yellow Sea"), a compass adverb ("eastward", "north-eastwards"), "in a
    /// northeasterly direction", "toward the east", or a sea off a coast ("into the waters off its west coast"). Not a
    /// place east of another ("200 km east of Okushiri") nor a coast launched from ("from its east coast").
    /// </summary>
    [GeneratedRegex("\\b(?:(?:toward|towards|into|over|across|in the direction of)\\s+(?:the\\s+)?(?<sea>East Sea|Sea of Japan|Yellow Sea|West Sea)|(?<dir>(?:north|south)?[- ]?(?:east|west)|north|south)wards?\\b|in an?\\s+(?<dir>(?:north|south)?[- ]?(?:east|west)(?:erly|ern)?|north(?:erly|ern)?|south(?:erly|ern)?)\\s+direction|(?:toward|towards|to)\\s+the\\s+(?<dir>(?:north|south)?[- ]?(?:east|west)|north|south)\\b(?!\\s+(?:of|coast|sea)\\b)(?!-)|into\\s+(?:the\\s+)?(?:sea|waters)\\s+off\\s+(?:its|the|North Korea['\u2019]s)\\s+(?<dir>east|west)(?:ern)?\\s+coast)", I)]
    internal static partial Regex FlightDirection();

    /// <summary>
    /// Fired from a surface ship ("ship-launched", "from a destroyer", "from the warship Choe Hyon"): ship basing. Not a
    /// ship that tracked or intercepted it ("a Japanese destroyer detected").
    /// </summary>
    [GeneratedRegex("\\b(?:ship-launched|(?:fired|launched|test-fired|from)\\s+(?:aboard\\s+|on\\s+)?(?:an?|the|its)\\s+(?:new\\s+|naval\\s+|\\d[\\w,-]*\\s+)?(?:warship|destroyer|frigate|corvette|naval vessel|navy ship|patrol (?:ship|boat)))\\b", I)]
    internal static partial Regex ShipBasing();

    /// <summary>Before an EEZ phrase: its landing denied ("did not land in", "didn't fall within", "never entered").</summary>
    [GeneratedRegex("\\b(?:not|n[\'\u2019]t|never)\\s+(?:have\\s+|been\\s+)?(?:land\\w*|f[ae]ll\\w*|enter\\w*|reach\\w*|come down|came down|drop\\w*|splash\\w*(?: down)?)\\s*$", I)]
    internal static partial Regex NegatedBeforeEez();
}
