using FsCheck;
using FsCheck.Fluent;

namespace Apogee.Knowledge.Tests;

/// <summary>
/// Properties of every finder on generated text built from knowledge names, romanisation variants, filler
/// words, punctuation and stray letters: no exception, mentions in text order without overlap, surfaces that
/// are exactly the text at the reported offsets, and word-bounded starts and ends.
/// </summary>
public sealed class MatchingPropertyTests
{
    private static readonly string[] Pieces =
    [
        "Sohae", "Tongchang-ri", "Dongchang ri", "Jagang", "Chagang", "North Phyongan", "Sunan", "Pyongyang", "east coast",
        "Sea of Japan", "East Sea", "Hwasongpho-19", "Hwasong-11", "KN-23", "Rodong", "Rodong Sinmun", "Pukkuksong-3",
        "President Moon", "Moon Jae-in", "Kim", "former", "Prime Minister", "Kishida", "Trump's", "first term",
        "the", "fired", "from", "near", "Kusŏng", "ŏ", "-", " ", "  ", ",", ".", "'", "\u2019", "(", ")", "s", "x", "1", "\n",
    ];

    private static readonly Arbitrary<string> Texts =
        Gen.ListOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts)).ToArbitrary();

    [Fact]
    public void Finders_report_ordered_disjoint_word_bounded_mentions()
    {
        Prop.ForAll(Texts, text =>
        {
            var spans = new[]
            {
                Gazetteer.Default.FindAll(text).Select(m => (m.Start, m.Length, m.Surface)).ToArray(),
                Gazetteer.Default.FindSeas(text).Select(m => (m.Start, m.Length, m.Surface)).ToArray(),
                MissileCatalogue.Default.FindAll(text).Select(m => (m.Start, m.Length, m.Surface)).ToArray(),
                Officeholders.Default.FindAll(text).Select(m => (m.Start, m.Length, m.Surface)).DistinctBy(m => m.Start).ToArray(),
            };
            return spans.All(list => list.All(s => Valid(text, s)) && list.Zip(list.Skip(1)).All(p => p.First.Start + p.First.Length <= p.Second.Start));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Folding_is_idempotent_on_keys()
    {
        Prop.ForAll(Texts, text =>
        {
            var key = Text.TextFolding.Key(text);
            return Text.TextFolding.Key(key) == key;
        }).QuickCheckThrowOnFailure();
    }

    private static bool Valid(string text, (int Start, int Length, string Surface) s) =>
        s.Length > 0
        && text.Substring(s.Start, s.Length) == s.Surface
        && (s.Start == 0 || !char.IsLetterOrDigit(text[s.Start - 1]))
        && (s.Start + s.Length == text.Length || !char.IsLetterOrDigit(text[s.Start + s.Length]));
}
