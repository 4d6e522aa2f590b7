using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>Patterns that give each claim its own source: official publishers, speakers named again, places that do not speak.</summary>
internal static partial class ExtractionPatterns
{
    /// <summary>
    /// A publisher that is a government office, whose own text speaks for that government (as KCNA's does for the
    /// North): the White House, a department or ministry, a military command. News agencies (Yonhap, Kyodo) are not.
    /// Group names are the contract's source values without spaces.
    /// </summary>
    [GeneratedRegex("^\\s*(?:the\\s+)?(?:(?<UnitedStates>White House|(?:U\\.S\\.\\s+|United States\\s+)?(?:Department of (?:State|Defense|War)|(?:State|Defense) Department)|Pentagon|(?:U\\.S\\.\\s+)?(?:Indo-)?Pacific Command|U\\.S\\. Forces Korea|National Security Council)|(?<Japan>Prime Minister of Japan(?: and His Cabinet)?|Prime Minister['\u2019]s Office of Japan|(?:Japan(?:ese)?\\s+)?Ministry of Defen[cs]e(?: of Japan| \\(Japan\\))|Japan(?:ese)? Ministry of (?:Defen[cs]e|Foreign Affairs)|Ministry of Foreign Affairs of Japan)|(?<SouthKorea>(?:ROK|Republic of Korea|South Korean?)\\s+(?:Ministry of National Defen[cs]e|Joint Chiefs of Staff|Ministry of Unification)|Ministry of National Defen[cs]e|Joint Chiefs of Staff|Office of the President \\(ROK\\)))\\s*$", I)]
    internal static partial Regex OfficialPublisher();

    /// <summary>
    /// Right before a verb cue: a speaker named again ("he said", "the official said", "the news agency report said",
    /// "Roh said"): the pronoun, a definite description of a speaking body or person, or a capitalised surname; or the
    /// office of a person named before ("his office said", "her spokesman told reporters").
    /// </summary>
    [GeneratedRegex("(?:^|[\\s,\u201d\"])(?:(?<poss>" + PersonsOffice + ")|(?<pron>(?i:he|she))|(?<desc>(?i:the|this|that)\\s+(?:[\\w-]+\\s+){0,3}?" + SpeakerNoun + ")|(?<name>[A-Z][a-z]+(?:-[a-z]+)?))\\s+(?:(?i:also|later|further|then|previously|again)\\s+)?$", C)]
    internal static partial Regex AnaphoricSpeakerBefore();

    /// <summary>Right after an inverted cue ("..., said the statement", "..., said Benham"): the speaker named again.</summary>
    [GeneratedRegex("^\\s+(?:(?<poss>" + PersonsOffice + ")\\b|(?<pron>(?i:he|she))\\b|(?<desc>(?i:the|this|that)\\s+(?:[\\w-]+\\s+){0,3}?" + SpeakerNoun + ")|(?:(?:Cmdr|Lt|Col|Gen|Maj|Capt|Adm|Sgt|Mr|Mrs|Ms|Dr)\\.\\s+)?(?<name>[A-Z][a-z]+(?:-[a-z]+)?)(?!\\s+[A-Z]))", C)]
    internal static partial Regex AnaphoricSpeakerAfter();

    /// <summary>A sentence opening with a definite speaker ("The Defense Ministry official, who ..., said"): its subject named again.</summary>
    [GeneratedRegex("^[\"\u201c]?(?<desc>(?:The|This|That)\\s+(?:[\\w-]+\\s+){0,3}?" + SpeakerNoun + ")(?:,|\\s)", C)]
    internal static partial Regex AnaphoricSubject();

    /// <summary>
    /// The story's launch set after another by any span ("The launch came a week after", "the test comes less than a
    /// month after"): only with a launch as the subject, since "Trump's remarks came hours after" answers the story's
    /// own launch. (Any subject with "came a day after", as before.)
    /// </summary>
    private const string LaunchCameAfter = "\\b(?:came|comes)(?<=\\b(?:launch|test|test-fire|firing|missile|rocket|projectile)(?:e?s)? (?:came|comes)) (?:(?:just|only|barely|shortly|some|about|nearly|less than|more than|over|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|\\d{1,2}) ){0,3}(?:(?:days?|weeks?|months?|hours?|years?) )?after\\b";

    /// <summary>
    /// A person's own office or staff, speaking for the person named before: "his office", "her spokesman", "his chief
    /// spokesperson", "the prime minister's office" is a definite description (the last party), this is the last person.
    /// </summary>
    private const string PersonsOffice = "(?i:his|her)\\s+(?:(?i:chief|top|deputy|press|own|senior)\\s+){0,2}(?i:office|spokes(?:man|woman|person)|aides?|staff|press secretary|government|administration|cabinet)";

    /// <summary>A person's office anywhere in a sentence: only documents with one keep track of the persons they name.</summary>
    [GeneratedRegex("(?<![\\w-])" + PersonsOffice + "\\b", C)]
    internal static partial Regex PersonsOfficeAnywhere();

    /// <summary>
    /// After a party: the title of a person the party's word names ("South Korean President Yoon", "Japan's Defense
    /// Minister", "U.S. Secretary of State"), whom "his office said" may speak for later.
    /// </summary>
    [GeneratedRegex("^(?:['\u2019]s)?\\s+(?:(?:Vice|Deputy|Acting|Chief|Defen[cs]e|Foreign|Prime|Cabinet|Unification)\\s+){0,2}(?:President|Prime Minister|Minister|Secretary|Premier|Chancellor)\\b", C)]
    internal static partial Regex PersonTitleAfterParty();

    /// <summary>What a definite description of a speaker ends in: a person of an office, or a body and its words.</summary>
    private const string SpeakerNoun = "(?i:officials?|spokes(?:man|woman|person)|statements?|ministry|agency|command|minister|officers?|adviser|advisor|aides?|secretary|commander|office|report|release|briefing)\\b";

    /// <summary>A person's name beside a speaking party ("spokesman Roh Jae-cheon", "Cmdr. Dave Benham"): each capitalised word of it.</summary>
    [GeneratedRegex("(?<![\\w.])[A-Z][a-z]+(?:-[a-z]+)?\\b", C)]
    internal static partial Regex NameWord();

    /// <summary>
    /// Before a party: a preposition that makes it a place or a target ("flew over Japan", "toward Japan", "the Sea of
    /// Japan", "into Japan's waters", "the Sunan area of Pyongyang", "fired ... from Pyongyang"), not a speaker.
    /// </summary>
    internal const string PlaceBeforePartyPattern =
        "\\b(?:over|toward|towards|into|across|against|off|near|beyond|around|(?-i:Sea) of|(?:area|district|region|vicinity|outskirts|suburbs?|environs|city|county|province|town|village|coast|port|capital|airport|outside)\\s+(?:of|in)|(?:fired|launched|test-fired|test-launched|lobbed|flown|fired off|launched off)\\s+(?:[\\w:.'\u2019-]+\\s+){0,5}?from)\\s+(?:(?:the|mainland|northern|southern|eastern|western|central)\\s+){0,2}$";

    [GeneratedRegex(PlaceBeforePartyPattern, I)]
    internal static partial Regex PlaceBeforeParty();

    /// <summary>
    /// Between a party and its cue: unnamed officials own the cue ("... flew over Japan, officials said"); "Japanese
    /// government officials said" is one speaker (nothing else stands before "officials").
    /// </summary>
    [GeneratedRegex("\\S\\s+(?:(?:some|other|several|many)\\s+)?officials\\s+(?:(?:also|later|have|had)\\s+)?$", I)]
    internal static partial Regex UnnamedOfficialsBefore();

    /// <summary>
    /// Before a coast: the launched thing went into the water there ("fired two missiles into the sea off its east coast",
    /// "landed in the waters off the east coast", "into the territorial waters ... along the east coast"): where it
    /// fell, not where it was fired from.
    /// </summary>
    [GeneratedRegex("(?:\\binto\\s+[^,;.]{0,40}?\\b(?:sea|ocean|waters?)\\b|\\b(?:land(?:ed|ing|s)?|fell|falling|splash\\w*|crash\\w*|plung\\w*|impact\\w*)\\b[^,;.]{0,40}?\\b(?:sea|ocean|waters?)\\b)[^,;.]{0,40}$", I)]
    internal static partial Regex ImpactBeforeCoast();
}
