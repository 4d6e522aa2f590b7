using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>
/// Patterns that date a launch in phrasings the tuned sets lacked (issue #11, branch dates3, found with
/// tools/date-probes): a statement's day that reports the launch, dates of other events near the launch's, numeric
/// and Juche dates.
/// </summary>
internal static partial class ExtractionPatterns
{
    /// <summary>
    /// Right before a weekday, a verb of reporting: "said on Thursday (morning)", "told reporters early Thursday",
    /// "confirmed late on Wednesday". With <see cref="SpeechAfterDay"/>, the day a party reported the launch on.
    /// </summary>
    [GeneratedRegex("\\b(?:(?:said|says|reported|reports|announced|stated|added|confirmed|disclosed)(?:\\s+(?:in|at)\\s+(?:a|an|the)(?:\\s+[\\w-]+){1,2}?)?|told(?:\\s+(?:the\\s+)?[\\w.-]+){0,3}?)\\s+(?:(?:early|late)\\s+)?(?:on\\s+)?$", I)]
    internal static partial Regex SpeechBeforeDay();

    /// <summary>Right after a weekday, a verb of reporting: "Japan on Thursday said", "officials Thursday morning confirmed".</summary>
    [GeneratedRegex("^(?:\\s+(?:morning|afternoon|evening|night))?\\s+(?:said|says|reported|announced|confirmed|told|stated|disclosed)\\b", I)]
    internal static partial Regex SpeechAfterDay();

    /// <summary>
    /// The launching side itself speaking (its state media report launches the next morning, so their day is no
    /// launch day): "North Korea said", "KCNA reported", "Pyongyang's state media said".
    /// </summary>
    [GeneratedRegex("\\b(?:North Korea|North Korean|Pyongyang|the North|DPRK|KCNA|Korean Central News Agency|state media|state-run|state news|state television|Rodong Sinmun|KCTV|Iran|Tehran|IRNA)\\b", I)]
    internal static partial Regex LaunchingSideSpeaker();

    /// <summary>
    /// Before a day word, another event the launch is placed against: "a year after its Jan. 5 test", "less than a week
    /// after the March 12 launch", "days before the drills begin on March 20", "ahead of the summit on Thursday", "in
    /// response to drills that began on Monday", "on the eve of the Oct. 10 anniversary". "after/before" alone ("shortly before dawn on March 16", "after midnight
    /// on Thursday") is the launch's own time and does not count: only after a span of time or before a determiner.
    /// Matched against the few words before the day (anchored at the end, bounded).
    /// </summary>
    [GeneratedRegex("(?:\\b(?:years?|months?|weeks?|days?|hours?)\\s+(?:after|since|before|ahead of)\\b|\\b(?:after|before|ahead of|anniversary of|eve of|in (?:response|reaction|retaliation) to)\\s+(?:its|the|their|his|her|a|an|last|this)\\b)[^,;()]{0,60}$", I)]
    internal static partial Regex OtherEventBeforeDay();

    /// <summary>A picture of an earlier launch: "A file photo shows ...", "archive image", "undated photo"; its dates are not the story's launch's.</summary>
    [GeneratedRegex("\\b(?:file|archive|archival|undated)\\s+(?:photo|image|picture|footage)s?\\b|\\(file\\)|^\\s*FILE\\b", I)]
    internal static partial Regex FilePicture();

    /// <summary>A date written as numbers with its year first, as Korean and Chinese outlets do: "2017.7.4", "2017-07-04", "2017/07/04".</summary>
    [GeneratedRegex("(?<![\\w.\\-/])(?<y>(?:19|20)\\d\\d)(?<sep>[-./])(?<m>1[0-2]|0?[1-9])\\k<sep>(?<d>3[01]|[12]\\d|0?[1-9])(?![\\w\\-/]|\\.\\d)", C)]
    internal static partial Regex NumericDateInText();

    /// <summary>"the 4th of July", "the 16th of March 2023": the day, then "of" and the month.</summary>
    [GeneratedRegex("\\b(\\d{1,2})(?:st|nd|rd|th)\\s+of\\s+(?:" + Months + ")\\.?(?:,?\\s+((?:19|20)\\d\\d))?\\b", I)]
    internal static partial Regex DayOfMonthName();

    /// <summary>Right after a date written without its year, a Juche year (KCNA): ", Juche 106" is 2017 (Juche 1 = 1912).</summary>
    [GeneratedRegex("\\G,?\\s+Juche\\s+(?<j>\\d{2,3})\\b", I)]
    internal static partial Regex JucheYearAfter();

    /// <summary>
    /// A 24-hour clock in GMT/UTC written without a colon, as wires do: "at 2230 GMT", "(0049 GMT)"; group "h" the hour.
    /// </summary>
    [GeneratedRegex("\\b(?<h>[01]\\d|2[0-3])(?<m>[0-5]\\d)\\s*(?:GMT|UTC)\\b", C)]
    internal static partial Regex GmtFourDigitClock();

    /// <summary>
    /// A bracket converting the launch's clock to GMT, up to a weekday right after it: "7:30 a.m. (2230 GMT Wednesday)",
    /// "(22:30 GMT on Wednesday)". Matched against the text before the weekday (anchored at the end).
    /// </summary>
    [GeneratedRegex("\\(\\s*(?<h>[01]?\\d|2[0-3]):?(?<m>[0-5]\\d)\\s*(?:GMT|UTC)\\s*,?\\s*(?:on\\s+)?$", C)]
    internal static partial Regex GmtBracketBeforeDay();

    /// <summary>
    /// A sentence that names the story's launch itself ("The missile was fired at 7:09 a.m. on March 16", "The launch,
    /// on March 16, ...", "It was launched from ..."), not a launch told anew ("The North fired two missiles on March 14").
    /// </summary>
    [GeneratedRegex("\\b(?:it|they)\\s+(?:was|were)\\s+(?:fired|launched|test-fired|test-launched)\\b", I)]
    internal static partial Regex ItWasLaunched();

    /// <summary>
    /// A launch told anew, with its launcher as subject ("On March 14, the North fired two missiles", "it had launched
    /// two cruise missiles", "North Korea also test-fired ..."), or an earlier one named so ("its most recent launch",
    /// "the last test"): past the primary sentence, such a sentence's date is another launch's unless the sentence
    /// names the story's launch ("the missile").
    /// </summary>
    [GeneratedRegex("\\b(?:(?:North Korea|the North|Pyongyang|it|they)\\s+(?:also\\s+|then\\s+|had\\s+|has\\s+)?(?:fired|launched|test-fired|test-launched|tested|conducted|lobbed)|(?:most recent|last|previous|prior)\\s+(?:[\\w-]+\\s+){0,2}?(?:launch|test|firing|provocation))\\b", I)]
    internal static partial Regex LaunchToldAnew();
}
