using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>Patterns that keep claims to what the text says of the story's launch.</summary>
internal static partial class ExtractionPatterns
{
    /// <summary>
    /// Before a class word: it is denied ("was not an ICBM", "did not involve long-range missiles") or the goal of a
    /// programme ("efforts to build an ICBM", "its quest to develop a nuclear-capable intercontinental missile"), not
    /// what was launched.
    /// </summary>
    [GeneratedRegex("(?:(?:\\bnot|n['\u2019]t)\\s+(?:(?:involve|include|use|appear to be|seem to be|be|an?|the|any)\\s+){1,2}(?:[\\w-]+\\s+){0,2}|\\b(?:rather than|instead of|(?:to|of|toward|towards|for) (?:build(?:ing)?|develop(?:ing|ment of)?|acquir(?:e|ing)|master(?:ing)?|perfect(?:ing)?|field(?:ing)?|possess(?:ing)?|obtain(?:ing)?)|capable of|ability to|step toward|consider it)\\b(?:\\s+[\\w'\u2019-]+){0,5}\\s*)$", I)]
    internal static partial Regex ClassWordDenied();

    /// <summary>A missile name written with its kind after it ("Scud missiles"): the name is the part before.</summary>
    [GeneratedRegex("\\s+(?:missiles?|rockets?)$", I)]
    internal static partial Regex KindAfterName();
}
