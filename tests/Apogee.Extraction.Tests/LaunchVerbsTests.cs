using System.Text.RegularExpressions;
using Apogee.Extraction.Relevance;
using Apogee.Extraction.Text;

namespace Apogee.Extraction.Tests;

/// <summary>
/// The launch verb run as two regexes must find exactly what the one pattern finds: same places, same words, on written
/// edge cases and on every file of the real corpora (read at test time from ../shared).
/// </summary>
public class LaunchVerbsTests
{
    [Theory]
    [InlineData("North Korea fired two ballistic missiles, which flew 600 km and landed in the sea.")]
    [InlineData("The North regularly fires missiles; it fires a new Hwasong today and launches an ICBM.")]
    [InlineData("its recent launches and missile tests; the country tests ICBM engines and tests a new missile")]
    [InlineData("Pyongyang test-fired a cruise missile in a firepower strike drill and volley-firing contest")]
    [InlineData("to fire a missile, could fire at will, fire-power strike drill, ceasefire, fire two missiles")]
    [InlineData("The launching pad was empty; after launching the satellite it was tested, not yet tested")]
    [InlineData("FIRED, Launched, TEST-FIRED and a Successful Launch of the rocket took place")]
    [InlineData("")]
    public void Finds_what_the_pattern_finds(string sentence) => AssertSame(sentence);

    [Fact]
    public void Finds_what_the_pattern_finds_in_every_real_report()
    {
        foreach (var line in SharedFolder.CorpusLines("seeds", "dev", "dev2")) AssertSame(line);
    }

    [Fact]
    public void The_first_verb_is_the_leftmost_of_either_part()
    {
        var first = LaunchVerbs.First("Officials said the rocket, launched at dawn, flew east.");
        Assert.Equal("launched", first.Value);
        Assert.False(LaunchVerbs.First("No verb of the kind here.").Success);
    }

    private static readonly Regex Pattern = new(ExtractionPatterns.PastLaunchVerbPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static void AssertSame(string text)
    {
        var expected = Pattern.Matches(text).Select(m => $"{m.Index}+{m.Length} {m.Value}").ToList();
        var actual = LaunchVerbs.All(text).Select(m => $"{m.Index}+{m.Length} {m.Value}").ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(expected.Count > 0, LaunchVerbs.Any(text));
        Assert.Equal(expected.FirstOrDefault(), LaunchVerbs.First(text) is { Success: true } f ? $"{f.Index}+{f.Length} {f.Value}" : null);
    }
}
