using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>
/// Patterns found by the second set of class probes (tools/class-probes/probes2.py, branch classes2): statements and
/// reaction pieces that name the launch, satellites put into orbit, parties that intercept, and class words of an
/// earlier launch inside the story's launch sentence.
/// </summary>
internal static partial class ExtractionPatterns
{
    /// <summary>
    /// What "put", "placed", "sent", "lofted" launch: something into orbit ("put a satellite into orbit", "placed two
    /// satellites in a sun-synchronous orbit"); not after "has/have" ("the technology that has now put two satellites
    /// into orbit" is a record).
    /// </summary>
    private const string IntoOrbitAhead = "\\s+(?:[\\w-]+\\s+){0,6}?(?:in|into)\\s+(?:an?\\s+|the\\s+|its\\s+)?(?:[\\w-]+\\s+){0,2}?orbit\\b";

    /// <summary>
    /// Launch nouns that statements and reaction pieces use without naming the launched thing: "the launch by North Korea",
    /// "a launch by the DPRK" (the agent makes it one launch that happened), and "the launch" right after a reaction verb
    /// ("had noted the launch", "condemned the launch", "responded to the latest launch"). Plurals too where the agent,
    /// the reaction or "after" with a possessive makes them one day's launches ("the missile launches by the Korean
    /// People's Army", "condemned the missile launches", "after North Korea's missile launches"), unlike the programme's
    /// "missile launches are banned"; a launch placed at its site ("the launch from Tanegashima") or timed from its liftoff
    /// ("seconds after liftoff", "minutes after the launch": a failure told by its timing). Alternatives of
    /// <see cref="NominalLaunchMentionPattern"/>.
    /// </summary>
    internal const string StatementLaunchNoun =
        "(?:the|a|its|this|that|these)\\s+(?:(?:latest|recent|apparent|suspected|reported|unannounced|surprise)\\s+)?(?:(?:ballistic\\s+)?missile\\s+|rocket\\s+)?launch(?:es)?(?=\\s+(?:conducted\\s+|carried out\\s+)?by\\s+(?:North Korea|the DPRK|DPRK|the Democratic People['\u2019]s Republic of Korea|Pyongyang|the North|the Korean People['\u2019]s Army|the KPA|Iran|Russia|China|the Houthis|Houthis|Pakistan|India|South Korea|Seoul|Japan|Tokyo|the United States|the U\\.S\\.)\\b|\\s+from\\s+(?:near\\s+|the\\s+)?(?-i:[A-Z]))"
        + "|(?:(?:seconds|minutes|moments)\\s+after\\s+(?:its\\s+|the\\s+)?(?:launch|liftoff|lift-off|blast-?off|take-?off)|after\\s+(?:its\\s+|the\\s+)?(?:liftoff|lift-off|blast-?off))"
        + "|(?:noted|condemned|condemns|condemning|denounced|denounces|deplored|deplores|criticized|criticised|protested|decried|slammed|regretted|discussed|assessed|assessing|analy[sz](?:ed|ing)|responded to|reacted to|took note of|taken note of|aware of)\\s+(?:the|this|that|these|its|Pyongyang['\u2019]s|North Korea['\u2019]s|the North['\u2019]s)\\s+(?:(?:latest|recent|apparent|suspected|reported|unannounced|surprise)\\s+)?(?:(?:ballistic\\s+)?missile\\s+|rocket\\s+|satellite\\s+|space\\s+)?launch(?:es)?"
        + "|(?:after|following|in the wake of)\\s+(?:the|North Korea['\u2019]s|Pyongyang['\u2019]s|the North['\u2019]s|the DPRK['\u2019]s)\\s+(?:(?:latest|recent|apparent|suspected|reported|unannounced|surprise)\\s+)?(?:(?:ballistic\\s+)?missile|rocket)\\s+launches";

    /// <summary>
    /// A reaction that gives the launch as its reason, just before the launch verb: "condemned North Korea on Thursday for
    /// launching ...", "denounced the DPRK for firing ...", "criticised Pyongyang over launching", "for defying world powers by test launching ..." (with or without a reaction word: what a launch defied, it did). The condemnation is no
    /// hedge of the launch after "for". Asked of the sentence up to the verb.
    /// </summary>
    [GeneratedRegex("(?:\\b(?:condemn|denounc|criticiz|criticis|slam|rebuk|censur|chastis|castigat|blast|blam|fault|lambast|scold|protest|punish|sanction)\\w*\\s+(?:[\\w.'\u2019-]+\\s+){0,8}?(?:for|over)\\s+(?:(?:defying|flouting|violating|ignoring|breaching|snubbing)\\s+(?:[\\w.'\u2019-]+\\s+){0,6}?(?:by|with)\\s+)?|\\bfor\\s+(?:defying|flouting|violating|ignoring|breaching|snubbing)\\s+(?:[\\w.'\u2019-]+\\s+){0,6}?(?:by|with)\\s+)(?:test[- ])?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex ReactionReasonBefore();

    /// <summary>
    /// A reaction still to come, just before its reason ("would punish Pyongyang for defying the world by launching more
    /// missiles", "vowed to sanction it over firing"): the launch it names is as hypothetical as the reaction. Asked of
    /// the few words before <see cref="ReactionReasonBefore"/>'s match.
    /// </summary>
    [GeneratedRegex("\\b(?:would|will|could|may|might|shall|threat\\w*|vow\\w*)\\b(?:\\s+[\\w.'\u2019-]+){0,4}?\\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex ReactionToCome();

    /// <summary>
    /// A meeting about the launch: "will meet on Friday to discuss Pyongyang's launch of ...", "will hold an emergency
    /// meeting on North Korea's launch". The future tense governs the meeting, not the launch named after it.
    /// </summary>
    [GeneratedRegex("\\b(?:meet|meets|meeting|meetings|convene\\w*|session|talks|consultations?|summit|hearing|briefing|phone call)\\b[^.;]{0,80}?\\b(?:to discuss|to address|to respond to|in response to|on|over|about|regarding|concerning)\\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex MeetingAbout();

    /// <summary>
    /// Inside a launch sentence told on one weekday, a turn to a launch on another: "fired a ballistic missile on Thursday,
    /// the third launch this week after an ICBM on Monday". Class words after the turn are that launch's.
    /// </summary>
    [GeneratedRegex("\\b(?<d>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b[^.;]*?\\b(?<turn>after|since|following)\\s+(?:[\\w-]+\\s+){0,6}?on\\s+(?!\\k<d>\\b)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex EarlierLaunchOnOtherDay();

    /// <summary>
    /// A time offset back to an earlier launch: "days after firing an intermediate-range missile", "a week after it
    /// launched an ICBM". Only a turn when the sentence's own launch verb comes before it (else the sentence's event is
    /// a reaction and the launch after "days after" is the story's).
    /// </summary>
    [GeneratedRegex("\\b(?:hours?|days?|weeks?|months?|a day|a week|a month|shortly|soon)\\s+(?:after|since)\\s+(?:(?:it|the North|North Korea|Pyongyang)\\s+)?(?:last\\s+|first\\s+)?(?:firing|launching|testing|test-firing|test-launching|fired|launched|tested|test-fired|test-launched)\\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex TimeOffsetToLaunch();

    /// <summary>
    /// After a class word: what such missiles could do ("Its ICBMs could one day reach Washington", "ICBMs can now hit
    /// the U.S. mainland"): a capability, not the launched thing.
    /// </summary>
    [GeneratedRegex("^s?\\s+(?:(?:missiles?|rockets?)\\s+)?(?:could|can|may|might|would|will)\\s+(?:(?:one day|eventually|potentially|now|someday|soon|also|already|be able to)\\s+){0,2}(?:reach|hit|strike|target|carry|deliver|travel|fly|threaten)\\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex ClassCouldAfter();
}
