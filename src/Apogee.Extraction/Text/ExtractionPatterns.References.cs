using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>Patterns that tie a day written in the text to a launch on that day, or to something else done that day.</summary>
internal static partial class ExtractionPatterns
{
    /// <summary>Right after a day: the launch it dates ("Sunday's rocket test", "the Jan. 5 hypersonic missile launch").</summary>
    [GeneratedRegex("^(?:['\u2019]s|,?\\s+(?:19|20)\\d\\d,?)?\\s+(?:(?!nuclear\\b)[\\w-]+\\s+){0,2}?(?:launch(?:es)?|tests?|firings?|test-fires?|test-launch(?:es)?|missiles?|rockets?|ICBMs?|SLBMs?)\\b", I)]
    internal static partial Regex LaunchAfterDay();

    /// <summary>
    /// An event word: a launch ("fired", "launched", "missile tests") or something else that happens on a day (taking
    /// office, a meeting, a statement, a nuclear test). The last one before a day is what the day dates.
    /// </summary>
    [GeneratedRegex("\\b(?:(?<nuke>nuclear (?:weapons? )?(?:tests?|explosions?|blasts?|devices?|detonations?))|(?<launch>(?:launching|launch|firing|test-firing|test-fire) drills?|fired|fires|launched|launches|launch|test-fired|test-launched|test-fire|test-firing|flight-tested|tested|tests?|firings?|lobbed|blasted off|lifted off)|(?<other>took office|sworn in|inaugurat\\w*|elected|took power|meets?|meeting|met|session|summit|talks|briefing|visit\\w*|anniversary|birthday|holiday|said|says|announced|condemned|denounced|protested|ordered|order|changed|hold|held|called|decided|published|signed|agreed|imposed|passed|voted|warned|threatened|unveiled|displayed|paraded|parade|drills?|exercises?|sanctions?|statement))\\b", I)]
    internal static partial Regex EventWord();

    /// <summary>Before a launch word: a plan or order rather than a launch ("ordered to launch", "would launch", "plans to test", "could be launched").</summary>
    [GeneratedRegex("\\b(?:to|would|will|could|might|may|can|plans?|planned|threat\\w*|vow\\w*|prepar\\w*)\\s+(?:(?:also|again|soon|be|have been|have)\\s+){0,2}$", I)]
    internal static partial Regex PlanBeforeLaunchWord();

    /// <summary>Where a clause about something else begins: a day after it does not date a launch before it.</summary>
    [GeneratedRegex(";|\\b(?:but|while|whereas|although|though|before|after|when|until|since)\\b", I)]
    internal static partial Regex ReferenceClauseBreak();

    /// <summary>A sentence that opens with the day and goes on to a launch: "On Wednesday, the North conducted a second test".</summary>
    [GeneratedRegex("^\\s*(?:(?:On|Early|Late|Last)\\s+)?(?:on\\s+)?$", I)]
    internal static partial Regex OpeningBeforeDay();

    [GeneratedRegex("^(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+(?:[\\w'\u2019.-]+\\s+){0,5}?(?:fired|launched|test-fired|test-launched|tested|conducted|carried out|lobbed|flight-tested)\\b", I)]
    internal static partial Regex LaunchClauseAfterOpeningDay();

    /// <summary>Right after a day: another kind of event it dates ("the Jan. 6 nuclear test", "Sunday's summit").</summary>
    [GeneratedRegex("^(?:['\u2019]s)?\\s+(?:[\\w-]+\\s+)??(?:nuclear|summit|meeting|talks|session|anniversary|inauguration|election|parade|statement|speech|visit|deadline|holiday|birthday|congress|ceremony)\\b", I)]
    internal static partial Regex OtherEventAfterDay();

    /// <summary>
    /// The story's launch set a number of days or weeks after an earlier one: "came a week after North Korea tested",
    /// "two days after it fired", "comes two weeks after a ballistic missile test".
    /// </summary>
    [GeneratedRegex("\\b(?<n>a|one|two|three|four|five|six|\\d)\\s+(?<u>days?|weeks?)\\s+after\\s+(?:(?:it|the North|North Korea|Pyongyang|the country|the regime)\\s+(?:had\\s+)?(?:\\w+ly\\s+)?(?:fired|launched|tested|test-fired|test-launched|lobbed)\\b|(?:a|an|the|its)\\s+(?:[\\w-]+\\s+){0,3}?(?:test|launch|firing|test-fire|test-launch)\\b)", I)]
    internal static partial Regex DaysAfterEarlierLaunch();
}
