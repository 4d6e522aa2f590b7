using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>Patterns of the relevance judge and the actor decision (dev2: reaction pieces, statements, headlines).</summary>
internal static partial class ExtractionPatterns
{
    /// <summary>
    /// What makes "launches", "tests" or "fire" a verb: what is launched comes next ("launches a satellite", "tests
    /// new ICBM", "Houthis fire ballistic missile", "launches Simorgh rocket"), unlike "85 rocket launches have taken place".
    /// </summary>
    private const string LaunchedThingAhead = "(?=\\s+[\"'\u2018\u201c]?(?:(?:an?|the|its|his|their|another|new|latest|newest|what|two|three|four|five|six|several|multiple|more|\\d|missiles?|rockets?|projectiles?|satellites?|ballistic|cruise|hypersonic|short|long|medium|intermediate|ICBMs?|SLBMs?|spy|first|second|military|Hwasong|Pukguksong|Unha|Kwangmyongsong|KN-\\d|Scuds?)\\b|(?-i:[A-Z][\\w-]+)\\s+(?:rocket|missile|satellite|space)))";

    /// <summary>"tests a new missile", "tests ICBM": one launched thing next, not a bare plural ("tests missiles designed to ...").</summary>
    private const string OneLaunchedThingAhead = "(?=\\s+[\"'\u2018\u201c]?(?:(?:an?|the|its|his|their|another|new|latest|newest|what|two|three|four|five|six|several|multiple|\\d|missile|rocket|projectile|satellite|ballistic|cruise|hypersonic|short|long|medium|intermediate|ICBM|SLBM|spy|first|second|Hwasong|Pukguksong|Unha|Kwangmyongsong|KN-\\d|Scud)\\b|(?-i:[A-Z][\\w-]+)\\s+(?:rocket|missile|satellite|space)))";

    /// <summary>
    /// A present tense that tells a habit, not a launch: "regularly fires", "often flight-tests". Written after its word,
    /// as <c>word + NotHabitualBefore + word + ")"</c>, so the engine meets the literal word first instead of trying the
    /// lookbehind at every character.
    /// </summary>
    private const string NotHabitualBefore = "(?<!\\b(?:regularly|often|frequently|routinely|periodically|usually|typically|repeatedly|sometimes)\\s(?:flight-|test-)?";

    /// <summary>
    /// A launch named as a noun, the way headlines, statements and reaction pieces name it: "North Korean missile
    /// launch", "the DPRK's ICBM Test", "its test of a long-range ballistic missile", "the launch of a Hwasong-17",
    /// "Tuesday's launch", "the DPRK's Space Launch". Singular only: "missile tests" and "rocket launches" are the programme, not one launch.
    /// Not followed by a noun it modifies ("missile test site", "launch preparations", "test ban").
    /// </summary>
    internal const string NominalLaunchMentionPattern =
        "\\b(?:(?:missile|rocket|ICBM|SLBM|IRBM|MRBM|SRBM|satellite|space|Hwasong(?:pho)?-?\\d*\\w?|Pukguksong-?\\d*)[- ](?:test[- ]launch|test[- ]fire|test[- ]firing|test[- ]flight|flight test|launch|test|firing)|(?:launch|test|test[- ]launch|test[- ]fire|test[- ]firing|firing|test[- ]flight|flight test)\\s+of\\s+(?:an?|the|its|two|three|four|several|multiple|what|\\d{1,2})\\s+(?:[\\w-]+\\s+){0,4}?(?:missiles?|rockets?|ICBMs?|SLBMs?|IRBMs?|MRBMs?|SRBMs?|projectiles?|Hwasong(?:pho)?-?\\d*\\w?|Pukguksong-?\\d*)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)['\u2019]s\\s+(?:[\\w-]+\\s+){0,2}?(?:launch|test[- ]launch|test[- ]fire|missile test|rocket test|flight test)|" + StatementLaunchNoun + ")(?![\\w-])(?!\\s+(?:sites?|pads?|facilit\\w+|ban|bans|moratorium|database|program\\w*|preparations?|plans?|window|capabilit\\w+|drills?|exercises?|simulations?|vehicles?|systems?|technology|cent(?:er|re)s?|stations?|range|area|activit\\w+|schedule|notices?|notifications?|warnings?|alerts?|campaign|moratoriums?|freeze|halt|ground|equipment|components?|threats?|fears?|risks?|scares?|concerns?)\\b)";

    [GeneratedRegex(NominalLaunchMentionPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex NominalLaunchMention();

    /// <summary>
    /// Words that make a launch named as a noun something not (yet) done: planned, prepared, feared, possible, halted,
    /// banned ("preparing for a missile launch", "possibility of a missile test", "halting its missile tests").
    /// Narrower than <see cref="Hedge"/>: condemnation, sanctions and warnings are how reaction pieces name a launch
    /// that happened.
    /// </summary>
    [GeneratedRegex("\\b(?:plans?|planned|planning|prepar\\w*|ready\\w*|readiness|would|will|may(?!\\s+\\d)|might|could|can|should|possib\\w*|potential|expect\\w*|anticipat\\w*|intend\\w*|threat(?:en|ens|ened|ening)|vow\\w*|ahead of|if|unless|whether|halt\\w*|stop\\w*|suspen\\w*|moratorium|freeze|ban|bans|banned|banning|prohibit\\w*|no|not|without|avoid\\w*|refrain\\w*|next|future|upcoming|imminent|impending|signs? of|await\\w*|fear\\w*|speculat\\w*|rumou?r\\w*|simulat\\w*|engine|ground|any|every|each|declaration|announcement|notice|notification|notif\\w*|anniversary|brac(?:e|es|ed|ing) for|alert for|on alert|watch(?:ing|es)? for|look\\w* out for|warn\\w* (?:\\w+ ){0,3}?against|to (?:track|watch|monitor|detect)|intercept\\w*)\\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex NominalHedge();

    /// <summary>Just after a launch noun, what makes it not done: "missile launch expected", "test could come within days".</summary>
    [GeneratedRegex("^\\s*(?:[\\w-]+\\s+){0,2}?(?:expected|feared|likely|imminent|possible|could|would|may|might|planned|looms?|looming|soon|capable|being (?:prepared|readied|pushed))\\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex NominalHedgeAfter();

    /// <summary>
    /// Words that date a launch away from the story's ("last month", "in 2019", "two years ago", "North Korea's last
    /// launch"): a sentence right after one of these that goes on about "the missile" goes on about that launch.
    /// </summary>
    [GeneratedRegex("\\b(?:last (?:week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|launch|test)|earlier this (?:month|year)|in (?:19|20)\\d\\d|in (?:January|February|March|April|May|June|July|August|September|October|November|December)\\b|(?:days|weeks|months|years) ago)\\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex DatingMarker();

    /// <summary>
    /// A record, not one launch: the present perfect with a bare plural ("has successfully launched short- and
    /// medium-range missiles", "have test-fired cruise missiles before"), unlike "has fired a ballistic missile".
    /// </summary>
    [GeneratedRegex("\\b(?:has|have)\\s+(?:(?:also|already|repeatedly|previously|successfully|frequently|often|since|long)\\s+)?(?:launched|fired|tested|test-fired|test-launched|flight-tested)\\s+(?!(?:an?|the|its|one|two|three|four|five|six|seven|eight|nine|ten|\\d+|several|multiple|what|at least|another|more than|up to|a total of|some)\\b)(?:[\\w-]+\\s+){0,4}?(?:missiles|rockets|projectiles|ICBMs|SLBMs|SRBMs|IRBMs)\\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex HabitualLaunch();

    /// <summary>A concessive phrase before the main clause: "Despite strong warnings from Washington, ...", "Amid fears of war, ...".</summary>
    [GeneratedRegex("\\b(?:despite|in spite of|in defiance of|defying|amid|ignoring)\\b[^,;]{0,150},", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex ConcessivePhrase();

    /// <summary>
    /// A sentence going on about the launch just told: "The Hwasong-12 intermediate-range ballistic missile is believed
    /// to ...", "That missile ...", "It ...", "Two of them ...".
    /// </summary>
    [GeneratedRegex("^(?:(?:The|This|That|Its|These|Those)\\s+(?:[\\w-]+\\s+){0,4}?(?:missiles?|rockets?|projectiles?|launch|test|test-fire|firing|drill|ICBMs?|SLBMs?|SRBMs?|IRBMs?)\\b|(?:It|They|(?:One|Two|Three|Four|Both|All|Each|Some|None|Most) of them)\\b)", RegexOptions.CultureInvariant)]
    internal static partial Regex BackgroundContinuation();

    /// <summary>
    /// After a launch verb, an object that is a nuclear device, not something flown: "tested a hydrogen bomb that can be
    /// loaded on ICBMs", "conducts nuclear test, days after missile launch". Not a nuclear attack or counterattack drill
    /// ("conducted a tactical nuclear attack drill in which two cruise missiles were fired"): the drill fires missiles.
    /// </summary>
    [GeneratedRegex("^[\\w-]+(?:\\s+out)?\\s+(?:(?:an?|its|the|what|another|his)\\s+)?(?:[\\w-]+\\s+){0,3}?(?:nuclear|hydrogen|atomic|thermonuclear|H-bomb|bomb)\\b(?!\\s+(?:[\\w-]+\\s+){0,2}?(?:drills?|exercises?|manoeuvres?|maneuvers?)\\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex NuclearObject();

    /// <summary>
    /// Just before a launch noun, a time offset that sets the story's event after it: "nuclear test, days after missile
    /// launch", "weeks after the North's ICBM test": the launch is another event's background.
    /// </summary>
    [GeneratedRegex("\\b(?:hours?|days?|weeks?|months?|years?|a day|a week|a month|shortly|soon) (?:after|since|before)\\s+(?:[\\w'\u2019-]+\\s+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex TimeOffsetBefore();

    /// <summary>
    /// The launching party told right at the launch noun: "North Korean missile launch", "the DPRK's ICBM test",
    /// "Iran's satellite launch", "South Korea's Naro launch" (the possessive or adjective just before it).
    /// </summary>
    [GeneratedRegex("(?:^|\\W)(?<who>North Korea|North Korean|N\\. Korean?|DPRK|Democratic People['\u2019]s Republic of Korea|Pyongyang|the North|North(?=['\u2019]s\\s)|Iran|Iranian|Russia|Russian|China|Chinese|Houthis?|Pakistan|Pakistani|India|Indian|Israel|Israeli|South Korea|South Korean|Seoul|Japan|Japanese|Tokyo|the United States|U\\.S\\.|US|American)(?:['\u2019]s?)?\\s+(?:(?i:latest|new|newest|recent|most recent|first|second|third|fourth|fifth|failed|successful|apparent|suspected|attempted|unsuccessful|surprise|\\w+-range|ballistic|cruise|hypersonic|intercontinental|submarine-launched|solid-fuel\\w*|liquid-fuel\\w*|space|unidentified|[A-Z][\\w-]*\\d[\\w-]*)\\s+){0,4}$", RegexOptions.CultureInvariant)]
    internal static partial Regex ActorBeforeNoun();

    /// <summary>The agent after a launch noun: "the latest missile launch by the DPRK", "the test of a rocket by Iran".</summary>
    [GeneratedRegex("^\\s+(?:conducted |carried out |staged )?by\\s+(?<who>North Korea|the DPRK|DPRK|the Democratic People['\u2019]s Republic of Korea|Pyongyang|the North|Iran|Russia|China|the Houthis|Houthis|Pakistan|India|Israel|South Korea|Seoul|Japan|Tokyo|the United States|the U\\.S\\.)\\b", RegexOptions.CultureInvariant)]
    internal static partial Regex ActorAfterNoun();
}
