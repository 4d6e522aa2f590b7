using Apogee.Extraction.Quantities;

namespace Apogee.Extraction.Tests;

public class CountFinderTests
{
    [Theory]
    [InlineData("North Korea fired a ballistic missile.", 1, 1)]
    [InlineData("North Korea fired two short-range ballistic missiles.", 2, 2)]
    [InlineData("North Korea fired 3 missiles.", 3, 3)]
    [InlineData("North Korea launched multiple ballistic missiles.", 2, null)]
    [InlineData("The North fired several cruise missiles.", 2, null)]
    [InlineData("It fired a barrage of rockets.", 2, null)]
    [InlineData("It fired at least one ballistic missile.", 1, null)]
    [InlineData("It fired one or more missiles.", 1, null)]
    [InlineData("It launched a suspected intercontinental ballistic missile.", 1, 1)]
    public void Reads_counts_in_words_and_numerals(string sentence, int min, int? max)
    {
        var c = Assert.Single(CountFinder.Find(sentence)).Value.Count!;
        Assert.Equal(min, c.Min);
        Assert.Equal(max, c.Max);
    }

    [Theory]
    [InlineData("It was a missile launch that worried Tokyo.")]
    [InlineData("Artillery units fired two shells.")]
    [InlineData("The country's missile program grew.")]
    public void Ignores_words_that_are_not_a_count_of_launched_things(string sentence)
    {
        Assert.Empty(CountFinder.Find(sentence));
    }
}
