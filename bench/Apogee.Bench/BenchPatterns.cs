using System.Text.RegularExpressions;

namespace Apogee.Bench;

/// <summary>The bench's regular expressions (source-generated): what the perturbation harness finds to rewrite.</summary>
internal static partial class BenchPatterns
{
    private const RegexOptions I = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>
    /// A dateline opening a paragraph: "SEOUL, March 5 (Yonhap) --", "TOKYO (AP) —", "Seoul, South Korea —",
    /// "PYONGYANG, May 3 (KCNA) --". Either a capitalised place with a dash after it, or an agency in brackets.
    /// </summary>
    [GeneratedRegex(@"^(?:[A-Z][A-Za-z.'\-]{1,20}(?:[ ,]{1,2}[A-Z][A-Za-z.'\-]{1,20}){0,3}(?:,?\s{1,3}(?<date>[A-Z][a-z]{2,8}\.?\s{1,3}\d{1,2}(?:,\s{0,3}\d{4})?))?\s{0,3}(?:\([A-Za-z][A-Za-z\-/ ]{1,25}\)\s{0,3})?(?:--|—|–)\s{0,3})", RegexOptions.CultureInvariant)]
    internal static partial Regex Dateline();

    /// <summary>
    /// A weekday with the words that place it: "on Tuesday", "early Tuesday", "late on Tuesday", "Tuesday morning",
    /// "Tuesday (local time)". The weekday is the group <c>day</c>.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:early|late)\s{1,3}(?:on\s{1,3})?|on\s{1,3})?(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?(?:\s{1,3}(?:morning|afternoon|evening|night))?(?:\s{1,3}\(?(?:local time|Korea time|KST|Seoul time|Tokyo time)\)?)?", I)]
    internal static partial Regex DayPhrase();
}
