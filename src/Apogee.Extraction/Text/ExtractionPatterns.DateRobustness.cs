using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>
/// Patterns that keep the launch's day when an outlet phrases it otherwise: a time phrase between the launch verb and
/// the day, the report's own date written in its text (for documents without a publication day).
/// </summary>
internal static partial class ExtractionPatterns
{
    /// <summary>
    /// One word of a day's time phrase ("at 10:30 a.m. Hawaii time on", "in the early hours of", "shortly after dawn
    /// on"): prepositions of time, parts of day, clock letters and zone abbreviations. Matched against a whole word.
    /// </summary>
    [GeneratedRegex("^(?:at|around|about|approximately|on|in|of|the|early|late|hours?|morning|afternoon|evening|night|dawn|daybreak|midnight|noon|a|p|m|am|pm|local|time|KST|JST|GMT|UTC|ET|EDT|EST|PT|PDT|PST|CT|CDT|CST|HST)$", I)]
    internal static partial Regex TimePhraseWord();

    private const string FullDate = "(?:(?:" + Months + ")\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d\\d|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:" + Months + ")\\.?,?\\s+(?:19|20)\\d\\d|(?:19|20)\\d\\d[-./]\\d{1,2}[-./]\\d{1,2})";

    /// <summary>
    /// The report's own day as outlets print it: "Published 24 March 2022", "Updated: March 24, 2022 10:20 KST",
    /// "Posted on 2022-03-24", "First published on Thu 24 Mar 2022". Group "date" is the date with its year.
    /// </summary>
    [GeneratedRegex("\\b(?:(?:First |Last )?(?:published|updated|modified)|Posted)(?:\\s+(?:on|at))?\\s*:?\\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\\.?,?\\s+)?(?<date>" + FullDate + ")", I)]
    internal static partial Regex PublicationLine();

    /// <summary>A date with its year ("March 24, 2022", "24 Mar 2022", "2022-03-24"), for a byline line. Group "date" is the date.</summary>
    [GeneratedRegex("(?<![\\w.-])(?<date>" + FullDate + ")(?![\\w-])", I)]
    internal static partial Regex FullDateWritten();

    /// <summary>An ISO-like date, "2022-03-24" or "2022.03.24" (Korean outlets' bylines).</summary>
    [GeneratedRegex("^(?<y>(?:19|20)\\d\\d)[-./](?<m>\\d{1,2})[-./](?<d>\\d{1,2})$", C)]
    internal static partial Regex NumericDate();

    /// <summary>
    /// Right after a name, an appositive that makes it someone else's ("Kim Yong-hyun, a professor at Dongguk
    /// University", "Lee Jong-sup, an analyst"): "a/an" and a description with no office word in its first words.
    /// </summary>
    [GeneratedRegex("^,\\s+(?:a|an)\\s+(?![^,.;]{0,40}?\\b(?:president|minister|secretary|leader|premier|chairman|chief|head of state|commander)\\b)[a-z]", I)]
    internal static partial Regex OtherPersonAppositive();

    /// <summary>
    /// Before a day word in a story sentence, reported speech: "He said that ... the test-fire held today" (KCNA) is the
    /// speaker's day, which a report published later does not share; also an open quotation mark.
    /// </summary>
    [GeneratedRegex("\\b(?:said|says|stressed|noted|declared|added|warned|told)(?:\\s+\\w+){0,3}?\\s+that\\b|[\u201c\"]", I)]
    internal static partial Regex ReportedSpeechBefore();

    /// <summary>A word written in lower case (a letter run starting lower-case, not after a digit: "10:23am" is a clock).</summary>
    [GeneratedRegex("(?<![\\p{L}\\d])\\p{Ll}\\p{L}*", C)]
    internal static partial Regex LowerCaseWord();

    /// <summary>The lower-case words a byline line may hold besides its date: "by", "updated on", "posted at", "am/pm".</summary>
    [GeneratedRegex("^(?:by|on|at|am|pm|a|p|m|updated|published|posted|modified|last|first|local|time)$", C)]
    internal static partial Regex BylineWord();

    /// <summary>
    /// Right before a name: a person not (yet) in office ("candidates Donald Trump and ...", "Republican nominee",
    /// "President-elect Moon", "presidential hopeful"), whose term bounds no date of the story.
    /// </summary>
    [GeneratedRegex("\\b(?:candidates?|nominee|hopeful|contender|challenger|front-?runner|[a-z]+-elect)\\s+(?:(?:[A-Z][a-z]+\\.?|and)\\s+){0,2}$", I)]
    internal static partial Regex NotInOfficeBefore();
}
