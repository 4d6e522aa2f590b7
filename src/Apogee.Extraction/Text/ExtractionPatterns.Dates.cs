using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>Patterns that tell which day words date the launch itself, and the clock zones of launch times.</summary>
internal static partial class ExtractionPatterns
{
    /// <summary>
    /// A word near a day mention that says what happened that day: the launch (group "launch": a launch verb or a
    /// launched thing) or something else (group "other": a statement, a reaction, a meeting, bombers flown).
    /// The nearest such word before the mention, or the first one after it, tells whose day it is.
    /// </summary>
    [GeneratedRegex(
        "\\b(?:(?<launch>launch(?:es|ed|ing)?|(?:test-)?fir(?:ed|es|ing|e)|test(?:s|ed|-fired|-launched|-fire)?|missiles?|rockets?|projectiles?|ICBMs?|SLBMs?|IRBMs?|SRBMs?|satellites?|flight-tested|shot|lobbed|blasted off|lifted off|took off|exploded|blew up|ended in failure|failed|crashed|salvo|barrage|provocation|liftoff|blast-off)" +
        "|(?<other>said|says|say|saying|told|tell|reported|reports|announced|announces|announcement|stated|statement|added|confirmed|disclosed|declared|declares|condemned|condemns|denounced|protested|warned|tweeted|tweet|wrote|claimed|urged|called|vowed|pledged|responded|response|criticised|criticized|accused|met|meet|meeting|meetings|session|speech|comments?|remarks|briefing|briefed|conference|summit|talks|visit|visited|bombers?|aircraft|fighter jets|sanctions|vote|voted|published|released|broadcast|aired|quoted))\\b",
        I)]
    internal static partial Regex DayCue();

    /// <summary>Just before a day word: it names a day other than the one of the event ("last", "next", "since", "until").</summary>
    [GeneratedRegex("\\b(?:last|previous|since|next|until|till|by|before|coming|following|this coming)\\s+(?:on\\s+)?$", I)]
    internal static partial Regex NotThisDayBefore();

    /// <summary>Just before a possessive day: another week's ("last Sunday's test").</summary>
    [GeneratedRegex("\\b(?:last|previous|next|coming)\\s+$", I)]
    internal static partial Regex OtherWeekBefore();

    /// <summary>A plan or expectation governing the day: "will be held on Tuesday", "is expected to launch Friday".</summary>
    [GeneratedRegex("\\b(?:will|would|plans?|planned|scheduled|expected|due|set to|intends?|could|may|might)\\b[^.;,]{0,40}$", I)]
    internal static partial Regex FutureBeforeDay();

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
    [GeneratedRegex("\\b(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+(?<part>morning|afternoon|evening|night)\\s*(?:\\(\\s*)?(?:Washington time|New York time|Eastern Time|ET|EDT|EST|U\\.S\\. time|US time|Hawaii time|Pacific Time|PT|PDT|PST)\\b", I)]
    internal static partial Regex UsZoneDayPart();
}
