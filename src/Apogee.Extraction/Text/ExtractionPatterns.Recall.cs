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
    /// place east of another ("200 km east of Okushiri"), a coast launched from ("from its east coast") or a country
    /// ("according to the South Korean military": the compass word is lower case).
    /// </summary>
    [GeneratedRegex("\\b(?:(?:toward|towards|into|over|across|in the direction of)\\s+(?:the\\s+)?(?<sea>East Sea|Sea of Japan|Yellow Sea|West Sea)|(?<dir>(?:north|south)?[- ]?(?:east|west)|north|south)wards?\\b|in an?\\s+(?<dir>(?:north|south)?[- ]?(?:east|west)(?:erly|ern)?|north(?:erly|ern)?|south(?:erly|ern)?)\\s+direction|(?:toward|towards|to)\\s+the\\s+(?-i:(?<dir>(?:north|south)?[- ]?(?:east|west)|north|south))\\b(?!\\s+(?:of|coast|sea)\\b)(?!-)|into\\s+(?:the\\s+)?(?:sea|waters)\\s+off\\s+(?:its|the|North Korea['\u2019]s)\\s+(?<dir>east|west)(?:ern)?\\s+coast)", I)]
    internal static partial Regex FlightDirection();

    /// <summary>
    /// Fired from a surface ship ("ship-launched", "from a destroyer", "from the warship Choe Hyon"): ship basing. Not a
    /// ship that tracked or intercepted it ("a Japanese destroyer detected").
    /// </summary>
    [GeneratedRegex("\\b(?:ship-launched|(?:fired|launched|test-fired|from)\\s+(?:aboard\\s+|on\\s+)?(?:an?|the|its)\\s+(?:new\\s+|naval\\s+|\\d[\\w,-]*\\s+)?(?:warship|destroyer|frigate|corvette|naval vessel|navy ship|patrol (?:ship|boat)))\\b", I)]
    internal static partial Regex ShipBasing();

    /// <summary>Before an EEZ phrase: its landing denied ("did not land in", "didn't fall within", "never entered").</summary>
    [GeneratedRegex("(?:\\bnot|n[\'\u2019]t|\\bnever)\\s+(?:have\\s+|been\\s+)?(?:land\\w*|f[ae]ll\\w*|enter\\w*|reach\\w*|come down|came down|drop\\w*|splash\\w*(?: down)?)\\s*$", I)]
    internal static partial Regex NegatedBeforeEez();

    /// <summary>Parts that fall away from a rocket: where they fall ("the first stage fell into the Yellow Sea") is not where it flew.</summary>
    [GeneratedRegex("\\b(?:stages?|debris|fragments?|boosters?|fairings?)\\b", I)]
    internal static partial Regex SpentPart();

    /// <summary>
    /// A sentence that goes on about the flight just told ("It reached an altitude of ...", "The missile flew ...",
    /// "They landed ..."): it carries the speaker of the sentence before it across a paragraph break.
    /// </summary>
    [GeneratedRegex("^(?:It|They|The (?:[\\w-]+\\s+){0,2}?(?:missiles?|rockets?|projectiles?))\\s+(?:(?:also|then|later|first|had|has|have|was|were|is|appeared to have|then)\\s+){0,2}(?:flew|flown|reached|traveled|travelled|landed|fell|fallen|climbed|soared|covered|splashed|flying|reaching|traveling|travelling)\\b", C)]
    internal static partial Regex FlightGoesOn();

    /// <summary>
    /// After a party: a zone it owns ("Japan's exclusive economic zone", "its territorial waters", "Japan's airspace"),
    /// where the missile fell or flew. Beside another party that speaks ("..., within Japan's EEZ, NHK said"), it is
    /// not a second speaker; alone ("... Japan's EEZ, the prime minister said") it still names whose official speaks.
    /// </summary>
    [GeneratedRegex("^['\u2019]s\\s+(?:exclusive economic zone|EEZ|(?:territorial )?waters|airspace|territory)\\b", I)]
    internal static partial Regex PossessedZone();

    /// <summary>
    /// Fired from land, said outright ("a land-based launch", "ground-launched", "from a mobile launcher", "from a
    /// transporter-erector-launcher", "from TELs"): ground basing. Not defences ("ground-based interceptors"), a type's
    /// habit ("the Hwasong-12 is fired from mobile launchers") nor a programme; the class-word checks apply.
    /// </summary>
    [GeneratedRegex("\\b(?:land-based|ground-launched|land-launched|road-mobile|(?<!\\b(?:is|are|be|usually|typically)\\s+(?:fired|launched)\\s)(?:from|on|aboard)\\s+(?:(?:an?|the|its|their)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:mobile launchers?|transporter[- ]erector[- ]launchers?|(?-i:TELs?)|launcher (?:trucks?|vehicles?)|wheeled launchers?|tracked launchers?))\\b(?!\\s+(?:interceptors?|defen[cs]es?|missile defen[cs]es?|radars?)\\b)", I)]
    internal static partial Regex GroundBasing();
}
