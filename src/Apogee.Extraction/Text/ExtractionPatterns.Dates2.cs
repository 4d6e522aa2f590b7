using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>Patterns that date a launch told only relative to the report, or within a series of launches.</summary>
internal static partial class ExtractionPatterns
{
    /// <summary>
    /// A reaction placed "days" after the launch ("comes days after North Korea test-launched", "just days after
    /// Pyongyang fired", "a few days after the North's latest missile test"): the launch is at least two days before
    /// the report. Bounded: at most six words between "after" and the launch word.
    /// </summary>
    [GeneratedRegex("\\b(?:(?:just|only|mere|several|a few|some|two|three|four|five|six)\\s+)?days\\s+(?:after|since)\\s+(?:[\\w'’.-]+\\s+){0,6}?(?:test-launched|test-fired|launched|fired|tested|launch|launches|test|tests|firing|test-firing)\\b", I)]
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
}
