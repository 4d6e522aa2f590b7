using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>Patterns that let claims be found in the phrasings of outlets the rules were not written on (issue #11, claim recall).</summary>
internal static partial class ExtractionPatterns
{
    /// <summary>
    /// "after North Korea fired ...": the launch a reaction is placed after. It is another launch only when a gap is
    /// written before "after" ("days after it launched", "a week after") or the sentence told a launch before it;
    /// "Japan condemned the launch after North Korea fired two missiles" tells of the story's own.
    /// </summary>
    /// The match starts at "after", a literal the engine finds by vectorised search; the optional gap before it as a
    /// leading group made every position of every sentence a start to try (3 % of extraction).
    [GeneratedRegex("\\bafter (?:it|North Korea|Pyongyang|the North(?! Korean?\\b)) (?:had )?(?:fired|launched|tested|test-fired)\\b", I)]
    internal static partial Regex AfterLauncherFired();

    /// <summary>A gap written right before the position matched at ("days after", "shortly after"): <see cref="AfterLauncherFired"/>'s other launch.</summary>
    [GeneratedRegex("\\G(?<=(?<gap>\\b(?:a day|a week|a month|not long|hours?|days?|weeks?|months?|years?|minutes?|shortly|soon|just|only|barely|long|right)\\s+))", I)]
    internal static partial Regex GapBefore();

    /// <summary>
    /// A sentence that opens with the time of the launch as a clause ("After North Korea fired ..., President X said",
    /// "Hours after the launch, Japan's prime minister told reporters"): the clause up to its comma is the reporter's
    /// setting, the speaker's words come after it. A wire dateline ("WASHINGTON –") may stand before it.
    /// </summary>
    [GeneratedRegex("^(?-i:[A-Z][A-Z .,]{1,30}(?:\\([\\w ]{1,20}\\))?\\s*[-\u2013\u2014]{1,2}\\s*)?\\W{0,3}(?:(?:just|only|shortly|soon|hours|minutes|days|moments|a day|not long)\\s+)?(?:after|following|when|as)\\s[^,;:]{10,240},", I)]
    internal static partial Regex FrontedTimeClause();

    /// <summary>
    /// "... a missile that blasted off from X and, according to Y, went higher than ...": a source set off between
    /// commas after a conjunction speaks for the clause it opens, not for what the sentence told before it.
    /// </summary>
    [GeneratedRegex("\\b(?:and|but|while|yet)\\s*,\\s*(?:according to|as (?:reported|told|announced) by|citing)\\s", I)]
    internal static partial Regex ConjoinedSourceAside();
}
