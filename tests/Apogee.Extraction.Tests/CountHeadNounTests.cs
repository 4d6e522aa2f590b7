using Apogee.Extraction.Quantities;

namespace Apogee.Extraction.Tests;

/// <summary>Counts are read for every head noun of the count pattern, also where the sentence names nothing else launched.</summary>
public sealed class CountHeadNounTests
{
    [Theory]
    [InlineData("It fired four rounds from rocket launchers toward the sea.", 4)]
    [InlineData("It fired four rounds toward the sea.", null)] // rounds count only where rockets are fired
    [InlineData("Two gliders were launched.", 2)]
    [InlineData("It test-fired three guided weapons.", 3)]
    [InlineData("Two SRBMs flew east.", 2)]
    [InlineData("The North fired two shells near the border.", null)] // shells are read and left out
    [InlineData("Two officials met in Seoul.", null)]
    public void A_sentence_is_counted_by_its_head_noun(string sentence, int? count)
    {
        var found = CountFinder.Find(sentence);
        Assert.Equal(count, found.Count == 0 ? null : found[0].Value.Count!.Min);
    }
}
