using Apogee.Core.Model;

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
}
