using System.Text.RegularExpressions;
using Apogee.Extraction.Text;

namespace Apogee.Extraction.Tests;

/// <summary>
/// A pattern searched for its first words before the regex runs must match exactly what the regex matches: same places,
/// same groups, on written edge cases and on every line of the real corpora (read at test time from ../shared).
/// </summary>
public class LeadingWordsTests
{
    [Theory]
    [InlineData("The JCS said North Korea fired two missiles, reports indicated; it was previously seen.")]
    [InlineData("SAID, Said, according to officials, who could not confirm whether it was a cruise missile")]
    [InlineData("essays, unsaid, resaid: words inside words; last week's launch and a launch of two missiles")]
    [InlineData("\u212Am and \u017Fays and \u0130f: characters some letters match only under the regex's case rules")]
    [InlineData("kilometers and meters, the latest protests, a satellite confirmed; retested_missiles, 5test, x-test, (test) firstly")]
    [InlineData("na\u00efvesaid and caf\u00e9test: a non-ASCII letter before a first word")]
    [InlineData("no cue here at all")]
    [InlineData("")]
    public void Matches_what_the_regex_matches(string text)
    {
        foreach (var p in Prefiltered.All) AssertSame(p, text);
    }

    [Fact]
    public void Matches_what_the_regex_matches_in_every_real_report()
    {
        var lines = SharedFolder.CorpusLines("seeds", "dev", "dev2").ToList();
        foreach (var p in Prefiltered.All)
        {
            foreach (var line in lines) AssertSame(p, line);
        }
    }

    [Fact]
    public void Every_hot_pattern_gets_its_prefilter()
    {
        // A pattern changed to begin with something the reader cannot list (a digit, a class with ranges) would lose it silently.
        Assert.All(Prefiltered.All, p => Assert.True(p.Prefiltered, p.Regex.ToString()));
    }

    [Theory]
    [InlineData("\\b(?:said|\\d+ km)", false)]
    [InlineData("[A-Z]\\w+ said", false)]
    [InlineData("\\b(?:said|told|(?<=\\breports?\\s)show\\w*)\\b", true)]
    public void Only_patterns_whose_matches_begin_with_listed_words_are_prefiltered(string pattern, bool prefiltered)
    {
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        Assert.Equal(prefiltered, new LeadingWords(new Regex(pattern, options), new Regex("\\G(?:" + pattern + ")", options)).Prefiltered);
    }

    [Theory]
    [InlineData("\\b(?:said|told)\\b", true)]
    [InlineData("\\b(?:(?<a>said)|(?<b>told))", true)]
    [InlineData("\\bsaid|told", false)]
    [InlineData("\\b(?:said)|\\btold", false)]
    [InlineData("\\b[|(]said", true)]
    [InlineData("\\b\\(said|told\\)", false)]
    [InlineData("(?:\\bsaid)", false)]
    public void A_place_inside_a_word_is_skipped_only_where_the_boundary_governs_every_alternative(string pattern, bool opens)
    {
        Assert.Equal(opens, LeadingWords.OpensWithBoundary(pattern));
    }

    [Fact]
    public void Each_anchored_form_is_its_pattern_behind_G()
    {
        Assert.All(Prefiltered.All, p =>
        {
            Assert.Equal("\\G(?:" + p.Regex + ")", p.Anchored.ToString());
            Assert.Equal(p.Regex.Options, p.Anchored.Options);
        });
    }

    private static void AssertSame(LeadingWords p, string text)
    {
        var expected = p.Regex.Matches(text).Select(Describe).ToList();
        Assert.Equal(expected, p.Matches(text).Select(Describe).ToList());
        Assert.Equal(expected.Count > 0, p.IsMatch(text));
        Assert.Equal(expected.Count > 0, p.IsMatch(text.AsSpan()));
        Assert.Equal(expected.FirstOrDefault() ?? Describe(Match.Empty), Describe(p.Match(text)));
        var from = text.Length / 2;
        if (p.Match(text) is { Success: true } m) Assert.Equal(Describe(p.Regex.Match(text, m.Index + m.Length)), Describe(p.Match(text, m.Index + m.Length)));
        Assert.Equal(Describe(p.Regex.Match(text, from)), Describe(p.Match(text, from)));
    }

    private static string Describe(Match m) =>
        $"{m.Success} {m.Index}+{m.Length} {m.Value} [{string.Join(",", m.Groups.Values.Skip(1).Where(g => g.Success).Select(g => g.Name + "=" + g.Value))}]";
}
