using Apogee.Extraction.Attribution;
using Apogee.Extraction.Text;

namespace Apogee.Extraction.Tests;

/// <summary>
/// The fast party scan must find exactly what the lexicon regex finds: same places, same lengths, same party, on
/// written edge cases and on every file of the real corpora (read at test time from ../shared).
/// </summary>
public class PartyMentionsTests
{
    [Theory]
    [InlineData("A senior military source said the missile flew 700 km.")]
    [InlineData("an unnamed government source told reporters")]
    [InlineData("the military said; The Military said; the military of Japan")]
    [InlineData("state media and State-run media and official news agency reports")]
    [InlineData("local media, media reports and news reports said")]
    [InlineData("unification ministry officials and the presidential office")]
    [InlineData("deputy chief cabinet secretary Kihara and Chief Cabinet Secretary Hayashi said")]
    [InlineData("U.S. officials, US military, the U.S., 38 North and NK News said")]
    [InlineData("sources familiar with the matter; Sources close to the ministry")]
    [InlineData("the North's state media, the DPRK, the Ministry of National Defence of the DPRK")]
    [InlineData("xthe military, the militaryx, _the military, 3the military")]
    [InlineData("ſources familiar and éthe military and the Kremlin\u00e9")]
    [InlineData("")]
    public void Finds_what_the_lexicon_finds(string sentence) => AssertSame(sentence);

    [Fact]
    public void Finds_what_the_lexicon_finds_in_every_real_report()
    {
        foreach (var line in SharedFolder.CorpusLines("seeds", "dev", "dev2")) AssertSame(line);
    }

    [Theory]
    [InlineData("(?<!\\w)(?:South Korean?|Kyodo(?: News)?|NHK)(?!\\w)", false, "Kyodo South | Kyodo… NHK…")]
    [InlineData("\\b(?:an? )?(?i:military) sources?", false, "a an ~military | ")]
    [InlineData("\\b(?:an? )?(?i:military) sources?", true, "~a ~an ~military | ")]
    [InlineData("Joong[Aa]ng|U\\.S\\.|38 North", false, " U | JoongAng… Joongang…")]
    [InlineData("(?:\\w+ )?ministry|(?-i:Seoul)", true, " | … Seoul… ~ministry…")]
    [InlineData("(?<q>about|at least)?\\s*\\d+ km", false, " about at | ")]
    [InlineData("Kim Jong[ -][Uu]n|Seoul['\u2019]s", false, "Kim Seoul | Seoul…")]
    public void Reads_the_first_words_off_a_pattern(string pattern, bool ignoreCase, string expected)
    {
        var words = FirstWords.Of(pattern, ignoreCase);
        Assert.Equal(expected, string.Join(" ", words.Words) + " | " + string.Join(" ", words.Prefixes.Select(p => p + "\u2026")));
    }

    [Fact]
    public void The_party_lexicon_begins_only_with_words_it_names()
    {
        var words = FirstWords.Of(ExtractionPatterns.SourceLexiconPattern, ignoreCase: false);
        Assert.True(words.MayBegin("Japan"));
        Assert.True(words.MayBegin("military"));
        Assert.True(words.MayBegin("MILITARY"));
        Assert.True(words.MayBegin("Yonhap"));
        Assert.False(words.MayBegin("yonhap"));
        Assert.False(words.MayBegin("missile"));
        Assert.False(words.MayBegin("launched"));
        Assert.DoesNotContain("", words.Prefixes);
    }

    /// <summary>The lexicon as a plain regex: the reference the scanner must equal.</summary>
    private static readonly System.Text.RegularExpressions.Regex Lexicon =
        new(ExtractionPatterns.SourceLexiconPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static void AssertSame(string text)
    {
        var expected = Lexicon.Matches(text).Select(Describe).ToList();
        var actual = PartyMentions.Find(text).Select(Describe).ToList();
        Assert.Equal(expected, actual);
    }

    private static string Describe(System.Text.RegularExpressions.Match m) =>
        $"{m.Index}+{m.Length} {m.Value} [{string.Join(",", m.Groups.Values.Skip(1).Where(g => g.Success).Select(g => g.Name))}]";
}
