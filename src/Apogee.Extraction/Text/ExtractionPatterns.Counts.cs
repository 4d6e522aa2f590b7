using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>
/// Patterns for a count no number gives (leads that name the launched thing only through its place in a series, drills
/// that name it only as a modifier), and for a flight figure told after a capability.
/// </summary>
internal static partial class ExtractionPatterns
{
    /// <summary>
    /// An ordinal just before the launched thing ("launches second projectile in a week", "fires its third ballistic
    /// missile this month"): the noun is singular because the ordinal counts launches, not what one launch fired. Asked
    /// of the text before the noun.
    /// </summary>
    [GeneratedRegex("\\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))\\s+(?:[\\w-]+\\s+){0,2}$", I)]
    internal static partial Regex OrdinalBeforeThing();

    /// <summary>
    /// A drill, exercise or contest of firing ("guided a rocket firing drill", "ballistic rocket launch drill", "a
    /// launching exercise of the artillery units", "firepower strike drill"): a force's drill fires a number of rounds,
    /// even where no number and no plural is written.
    /// </summary>
    [GeneratedRegex("\\b(?:firing|launch(?:ing)?|fire-?power strike|strike)\\s+(?:drills?|exercises?|contests?)\\b|\\b(?:drills?|exercises?)\\s+for\\s+(?:[\\w-]+\\s+){0,2}?(?:rocket|missile)\\s+(?:launch(?:ing)?|firing)\\b", I)]
    internal static partial Regex FiringDrill();

    /// <summary>
    /// Just before a singular count, a subset or a description of things already counted ("including one believed to
    /// be", "one of which appeared to be an", "among them an apparent", "identified as a"). Asked of the text before it.
    /// </summary>
    [GeneratedRegex("\\b(?:including|among them|of which|of them|to be|identified as|described as)\\s+(?:[\\w-]+\\s+){0,4}?$", I)]
    internal static partial Regex SubsetBeforeCount();

    /// <summary>A flight told as done, in a clause after a capability: "flew", "travelled", "reached", "soared", "covered".</summary>
    [GeneratedRegex("\\b(?:flew|travell?ed|reached|soared|covered)\\b", I)]
    internal static partial Regex FlownVerb();

    /// <summary>
    /// Right after plural launches, the period they fall in ("by North Korea last year", "over the summer", "this year",
    /// "in 2022", "in recent months", "so far"): launches of a period, background to the story. Asked of the text after
    /// the noun, up to its agent and a few words.
    /// </summary>
    [GeneratedRegex("^(?:\\s+(?:by|from|of)\\s+(?:the\\s+)?[\\w.'\u2019-]+(?:\\s+[\\w.'\u2019-]+){0,3}?)?\\s+(?:last (?:year|month|summer|spring|autumn|fall|winter)|over the (?:summer|past \\w+|last \\w+|years?)|this (?:year|month|summer)|so far|in recent (?:weeks|months|years)|in (?:19|20)\\d\\d|earlier this (?:year|month)|since (?:19|20)\\d\\d)\\b", I)]
    internal static partial Regex PeriodAfterLaunches();
}
