using Apogee.Core.Model;
using Apogee.Extraction.Text;

namespace Apogee.Extraction.Quantities;

/// <summary>Maps a hedge word written before a figure to the contract's qualifier.</summary>
public static class Qualifiers
{
    public static string Of(string? word) => (word ?? "").Trim().ToLowerInvariant() switch
    {
        "" => Vocabulary.Qualifiers.Exact,
        "about" or "around" or "approximately" or "approx." or "some" or "roughly" or "estimated" or "an estimated" or "nearly" or "almost" => Vocabulary.Qualifiers.About,
        "at least" => Vocabulary.Qualifiers.AtLeast,
        "more than" or "over" or "exceeding" or "in excess of" => Vocabulary.Qualifiers.MoreThan,
        "less than" or "under" => Vocabulary.Qualifiers.LessThan,
        "at most" => Vocabulary.Qualifiers.AtMost,
        "up to" or "a maximum of" => Vocabulary.Qualifiers.UpTo,
        _ => Vocabulary.Qualifiers.Exact,
    };

    /// <summary>
    /// The qualifier of a figure: its own hedge word, else a hedging noun phrase right before it ("an estimated distance
    /// of 1,000 km" is about 1,000 km, as "an estimated 1,000 km" is).
    /// </summary>
    public static string Of(string? word, string sentence, int figure)
    {
        var q = Of(word);
        if (q != Vocabulary.Qualifiers.Exact || figure <= 0) return q;
        var from = Math.Max(0, figure - 60);
        return ExtractionPatterns.HedgingNounBefore().IsMatch(sentence.AsSpan(from, figure - from)) ? Vocabulary.Qualifiers.About : q;
    }
}
