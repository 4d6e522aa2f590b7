using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>Patterns that tell which day words date the launch itself, and the clock zones of launch times.</summary>
internal static partial class ExtractionPatterns
{
    /// <summary>
    /// A word near a day mention that says what happened that day: the launch (group "launch": a launch verb or a
    /// launched thing) or something else (group "other": a statement, a reaction, a meeting, bombers flown, a nuclear
    /// test: "the Sept. 3 nuclear test" dates no launch).
    /// The nearest such word before the mention, or the first one after it, tells whose day it is. An infinitive
    /// ("signed the order to launch on Saturday", "plans to fire") is no launch.
    /// </summary>
    internal const string DayCuePattern =
        "\\b(?:(?<launch>(?<!\\bto )(?:launch(?:es|ed|ing)?|(?:test-)?fir(?:ed|es|ing|e)|test(?:s|ed|-fired|-launched|-fire)?|missiles?|rockets?|projectiles?|ICBMs?|SLBMs?|IRBMs?|SRBMs?|satellites?|flight-tested|shot|lobbed|blasted off|lifted off|took off|exploded|blew up|ended in failure|failed|crashed|salvo|barrage|provocation|liftoff|blast-off|took place|(?:was|were) (?:staged|conducted|carried out)))" +
        "|(?<other>nuclear tests?|said|says|say|saying|convened|convenes|expressed|expresses|dismissed|dismisses|downplayed|summoned|lodged|noted|notes|explained|commented|reacted|issued|issues|told|tell|reported|reports|announced|announces|announcement|stated|statement|added|confirm|confirmed|disclosed|declared|declares|condemned|condemns|denounced|protested|warned|tweeted|tweet|wrote|claimed|urged|called|vowed|pledged|responded|response|criticised|criticized|accused|met|meet|meeting|meetings|session|speech|comments?|remarks|briefing|briefed|conference|summit|talks|visit|visited|bombers?|aircraft|fighter jets|sanctions|vote|voted|published|released|broadcast|aired|quoted|shows?|showing|seen|watch|watches|watching|anniversary|holiday|deadline|election|birthday|question|asked|interview|denied|denies|arrived|arrives|posted|blamed|hailed|praised|slammed|rejected|demanded|agreed|insisted|lashed out|threatened|photos?|pictures?|images?|footage|file photo))\\b";

    [GeneratedRegex(DayCuePattern, I)]
    internal static partial Regex DayCue();

    /// <summary>
    /// After a day with no telling word near it, the launch named only as what something answered: "Trump on Wednesday
    /// seemed to cast aside ... after the regime's test of an ICBM"; the day is the answer's.
    /// </summary>
    [GeneratedRegex("\\b(?:after|following|in (?:response|reaction|retaliation) to|in the wake of)\\s+(?:[\\w'’-]+\\s+){0,5}?(?:test|tests|launch|launches|firing|test-firing)\\b", I)]
    internal static partial Regex ReactionToLaunchAfter();

    /// <summary>A clause opening between a statement verb and a day: "said that on Saturday ...".</summary>
    [GeneratedRegex("\\bthat\\b", I)]
    internal static partial Regex ThatClause();

    /// <summary>A launched thing among the telling words (not a launch verb or event noun).</summary>
    [GeneratedRegex("^(?:missiles?|rockets?|projectiles?|ICBMs?|SLBMs?|IRBMs?|SRBMs?|satellites?)$", I)]
    internal static partial Regex LaunchedThingWord();

    /// <summary>Just before a day word: it names a day other than the one of the event ("last", "next", "since", "until").</summary>
    [GeneratedRegex("\\b(?:last|previous|since|next|until|till|by|before|coming|following|this coming)\\s+(?:on\\s+)?$", I)]
    internal static partial Regex NotThisDayBefore();

    /// <summary>Just before a possessive day: another week's ("last Sunday's test").</summary>
    [GeneratedRegex("\\b(?:last|previous|next|coming)\\s+$", I)]
    internal static partial Regex OtherWeekBefore();

    /// <summary>A plan or expectation governing the day: "will be held on Tuesday", "is expected to launch Friday".</summary>
    [GeneratedRegex("\\b(?:will|would|plans?|planned|scheduled|expected|due|set to|intends?|could|may|might)\\b[^.;,]{0,40}$", I)]
    internal static partial Regex FutureBeforeDay();

    /// <summary>Between a day and the verb after it, a future: "On Tuesday, the United States will test ...".</summary>
    [GeneratedRegex("\\b(?:will|would|plans? to|is to|are to|is due to|are due to|is set to|is expected to|are expected to|intends? to)\\b", I)]
    internal static partial Regex FutureAfterDay();

    /// <summary>
    /// A day used as a modifier of the noun after it ("the April 15 anniversary", "the Sept. 3 nuclear test"): the
    /// next word is not a preposition, conjunction or clause word, so the day belongs to that noun.
    /// </summary>
    [GeneratedRegex("^(?:,\\s*(?:19|20)\\d\\d)?\\s+(?!(?:on|at|in|from|to|into|off|over|toward|towards|near|after|before|as|amid|while|but|and|or|with|for|by|when|that|which|who|where|local|time|the|a|an|it|its|he|she|they|north|south|pyongyang|seoul|japan|korea|according|following|during|despite|just|only|shortly|about|around|was|were|is|are|had|has|have|said|says)\\b)[a-z][a-z-]*\\b", C)]
    internal static partial Regex AttributiveDay();

    /// <summary>A determiner right before a day, which makes it a modifier: "the April 15 anniversary", "North Korea's May 14 launch".</summary>
    [GeneratedRegex("(?:\\b(?:the|a|an|its|their|this|that)|['’]s)\\s+$", I)]
    internal static partial Regex DeterminerBefore();

    /// <summary>Right after a day: a span of days ("a Feb. 8-25 time frame", "from May 3 to 5"), a window, not an event's day.</summary>
    [GeneratedRegex("^\\s*(?:-|–|to|through|and)\\s*\\d", I)]
    internal static partial Regex DaySpanAfter();

    /// <summary>Before a day: the story's launch set after another event ("came a day after", "follows"); the day is that event's.</summary>
    [GeneratedRegex("\\b(?:(?:came|comes|coming) (?:a day |two days |days |just |shortly )?after|follows|followed)\\b|" + LaunchCameAfter, I)]
    internal static partial Regex CameAfterBefore();

    /// <summary>A possessive day: "Sunday's launch", "yesterday's missile test", "Aug. 29's firing".</summary>
    [GeneratedRegex("^['\u2019]s\\b", C)]
    internal static partial Regex PossessiveAfter();

    /// <summary>What may stand between a day and the word telling of it: "Sunday morning local time (KST)".</summary>
    [GeneratedRegex("^(?:\\s*,?\\s*(?:morning|afternoon|evening|night|local time|Korean time|Seoul time|Tokyo time|\\([A-Z]{2,4}\\)))+", I)]
    internal static partial Regex DayTail();

    /// <summary>
    /// The time zone written right after a clock time, with the zones of the outlets that report launches:
    /// Korean/Japanese (the launch site's own clock), GMT/UTC, US zones (ET, EDT, Eastern Time, Washington time,
    /// Pacific, Hawaii).
    /// </summary>
    [GeneratedRegex("^\\s*(?:\\(?\\s*)?(?<zone>KST|JST|GMT|UTC|EDT|EST|ET|Eastern(?: Standard| Daylight)? Time|Washington time|New York time|PDT|PST|PT|Pacific(?: Standard| Daylight)? Time|CDT|CST|Central Time|HST|Hawaii(?:an)? time|Hawaii-Aleutian time|Guam time|ChST|BST|CET|CEST|Moscow time|MSK|Beijing time)\\b", I)]
    internal static partial Regex ZoneAfterTime();

    /// <summary>A part of day or a weekday written in a US zone: "Monday night Washington time", "Tuesday evening ET".</summary>
    [GeneratedRegex("\\b(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+(?<part>morning|afternoon|evening|night)\\s*,?\\s*(?:\\(\\s*)?(?:Washington time|New York time|Eastern Time|ET|EDT|EST|U\\.S\\. time|US time|Hawaii time|Pacific Time|PT|PDT|PST)\\b", I)]
    internal static partial Regex UsZoneDayPart();
}
