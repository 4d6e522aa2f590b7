using Apogee.Knowledge.Text;

namespace Apogee.Knowledge.Tests;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Tongchang-ri", "tongchangri")]
    [InlineData("Tongchang ri", "tongchangri")]
    [InlineData("Kusŏng", "kusong")]
    [InlineData("P'yŏngyang", "pyongyang")]
    [InlineData("Pyongyang\u2019s", "pyongyangs")]
    [InlineData("Hwasong-11-Da-4.5", "hwasong11da45")]
    [InlineData("Shinzō Abe", "shinzoabe")]
    [InlineData("ÆRØ", "aero")]
    public void Keys_ignore_case_diacritics_and_joiners(string text, string key) => Assert.Equal(key, TextFolding.Key(text));

    [Fact]
    public void Punctuation_breaks_a_phrase_and_offsets_map_back()
    {
        var folded = TextFolding.Normalize("Kusŏng, Jagang");
        Assert.Equal("kusong\0jagang", new string(folded.Chars, 0, folded.Length));
        Assert.Equal(8, folded.OriginStart[7]);
        Assert.True(folded.StartsWord(7));
        Assert.True(folded.EndsWord(5));
    }

    [Theory]
    [InlineData("Chagang", new[] { "chagang", "jagang" })]
    [InlineData("North Pyongan", new[] { "northpyongan", "northphyongan", "northpyeongan" })]
    [InlineData("Rodong", new[] { "rodong", "nodong" })]
    [InlineData("Kusong", new[] { "kusong", "kuseong", "kusung" })]
    [InlineData("Wonsan", new[] { "wonsan", "wonson" })]
    public void Romanisation_variants_are_generated(string name, string[] expected) =>
        Assert.Equal(expected, Romanisation.Variants(name));
}
