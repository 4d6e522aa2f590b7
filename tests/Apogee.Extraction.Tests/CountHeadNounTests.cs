using System.Text.RegularExpressions;
using Apogee.Extraction.Quantities;
using Apogee.Extraction.Text;

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

    [Theory]
    [InlineData("North Korea fired two missiles, then another missile and a rocket; a ground test and a round of talks.")]
    [InlineData("no fewer than twenty-one newly developed missiles, a barrage of 240-millimetre rockets, an ICBM-class missile.")]
    [InlineData("a missile, (a missile) \"a missile\" a\u00a0missile a\nmissile -a missile")]
    [InlineData("It fired a \u212Aind of missile and several rockets.")]
    [InlineData("A MISSILE, Two Projectiles; nothing launched here")]
    [InlineData("")]
    public void The_count_pattern_started_near_head_nouns_matches_what_it_matches_started_at_every_word(string text)
    {
        AssertSame(text);
    }

    [Fact]
    public void The_count_pattern_started_near_head_nouns_matches_what_it_matches_in_every_real_report()
    {
        foreach (var line in SharedFolder.CorpusLines("seeds", "dev", "dev2")) AssertSame(line);
    }

    private static void AssertSame(string text) =>
        Assert.Equal(
            ExtractionPatterns.Count().Matches(text).Select(m => $"{m.Index}+{m.Length}").ToList(),
            CountFinder.Counts(text).Select(m => $"{m.Index}+{m.Length}").ToList());
}
