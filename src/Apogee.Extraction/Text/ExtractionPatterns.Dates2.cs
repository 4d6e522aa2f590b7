using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>Patterns that date a launch told only relative to the report, or within a series of launches.</summary>
internal static partial class ExtractionPatterns
{
    /// <summary>
    /// A reaction placed "days" after the launch ("comes days after North Korea test-launched", "just days after
    /// Pyongyang fired", "a few days after the North's latest missile test"): the launch is at least two days before
    /// the report; also "a week after", "weeks after". Bounded: at most six words between "after" and the launch word.
    /// </summary>
    [GeneratedRegex("\\b(?:(?:(?:just|only|mere|several|a few|some|two|three|four|five|six)\\s+)?days|(?:just |only )?a week|(?:a few |several |two |three )?weeks)\\s+(?:after|since)\\s+(?:[\\w'’.-]+\\s+){0,6}?(?:test-launched|test-fired|launched|fired|tested|launch|launches|test|tests|firing|test-firing)\\b", I)]
    internal static partial Regex DaysAfterLaunch();

    /// <summary>Before "days after": the sentence's subject is itself the launch ("the launch came days after ..."), which dates nothing against the report.</summary>
    [GeneratedRegex("\\b(?:launch|launches|launched|fired|firing|test|tests|missiles?|rockets?|projectiles?)\\b", I)]
    internal static partial Regex LaunchWordBefore();

    /// <summary>
    /// A launch's place in a series: "its third launch", "for the third time in eight days", "a second test", "the
    /// fourth round". At most three words between the ordinal and the launch word.
    /// </summary>
    [GeneratedRegex("\\b(?<n>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|4th|5th|6th|7th|8th|9th|10th)\\s+(?:[\\w-]+\\s+){0,3}?(?:launch|launches|test|tests|firing|firings|time|round|salvo|provocation)\\b", I)]
    internal static partial Regex SeriesOrdinal();

    /// <summary>
    /// The day of the month alone, as Korean and Japanese wires write it: "on the 15th", "at 7:10 a.m. on the 16th".
    /// Only after "on (the)": "the 15th anniversary" or "the 3rd Division" are no days.
    /// </summary>
    [GeneratedRegex("\\bon\\s+the\\s+(?<d>[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)\\b(?!\\s+(?:anniversary|day|time|round|test|launch|division|brigade|corps|of\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))", I)]
    internal static partial Regex DayOfMonthOnly();

    /// <summary>
    /// Right after a weekday (matched from there: \\G): a US zone ("late Tuesday Washington time", "Tuesday evening (ET)"); the part of day, if
    /// any, is group "part". An afternoon, evening, night or "late" there is the next day in Korea.
    /// </summary>
    [GeneratedRegex("\\G(?:\\s+(?<part>morning|afternoon|evening|night))?\\s*,?\\s*(?:\\(\\s*)?(?:Washington time|New York time|Eastern(?: Standard| Daylight)? Time|ET|EDT|EST|U\\.S\\. time|US time|Hawaii time|Pacific Time|PT|PDT|PST)\\b", I)]
    internal static partial Regex UsZoneAfterDay();

    /// <summary>Just before a weekday: "late", "late on" (the day's evening).</summary>
    [GeneratedRegex("\\blate\\s+(?:on\\s+)?$", I)]
    internal static partial Regex LateBeforeDay();

    /// <summary>
    /// Right after a weekday, a bracket giving the launch site's own day: "Tuesday night (Wednesday morning in Korea)",
    /// "Monday (Tuesday Seoul time)", "Sunday evening ET (Monday morning local time)". Group "day" is the site's day.
    /// </summary>
    [GeneratedRegex("\\G(?:\\s+(?:morning|afternoon|evening|night))?(?:\\s+(?:Washington time|ET|EDT|EST|U\\.S\\. time|US time))?\\s*\\(\\s*(?:early\\s+|late\\s+)?(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+(?:morning|afternoon|evening|night))?\\s+(?:in (?:North |South )?Korea|in Seoul|in Pyongyang|in Japan|in Tokyo|local time|(?:Korea|Korean|Seoul|Pyongyang|Japan|Tokyo) time|KST|JST)\\b", I)]
    internal static partial Regex SiteDayBracket();

    /// <summary>A span of days instead of a day: "earlier this week" (group "week") or "over the weekend", "this weekend" (group "weekend").</summary>
    [GeneratedRegex("\\b(?:(?<week>earlier this week|early this week)|(?<weekend>(?:over|during|at|on) the weekend|this (?:past )?weekend))\\b", I)]
    internal static partial Regex WeekSpan();
}
