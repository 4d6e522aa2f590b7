using Apogee.Core.Model;
using Apogee.Extraction.Attribution;
using Apogee.Extraction.Sentences;

namespace Apogee.Extraction.Tests;

public class AttributionTests
{
    [Theory]
    [InlineData("The missile flew 600 km, South Korea's Joint Chiefs of Staff said.", "South Korea")]
    [InlineData("The missile flew 600 km, the JCS said.", "South Korea")]
    [InlineData("North Korea fired a missile on Tuesday, according to South Korean officials.", "South Korea")]
    [InlineData("Japan's defense ministry said the missile fell outside its exclusive economic zone.", "Japan")]
    [InlineData("The missile landed in the sea, Japan's coast guard said.", "Japan")]
    [InlineData("Chief Cabinet Secretary Taro Example told reporters the missile flew 400 km.", "Japan")]
    [InlineData("The U.S. Indo-Pacific Command said it was aware of the launch.", "United States")]
    [InlineData("The Pentagon said the launch did not pose a threat.", "United States")]
    [InlineData("KCNA said the test was a success.", "North Korea")]
    [InlineData("North Korea's state media said the rocket carried a satellite.", "North Korea")]
    [InlineData("A South Korean newspaper reported, citing an unnamed military source, that it was an SLBM.", "media")]
    [InlineData("The launch, Yonhap News Agency reported, came at dawn.", "South Korea")]
    public void Names_the_party_that_speaks(string sentence, string source)
    {
        Assert.Equal(source, SourceAttributor.Explicit(sentence)?.Source);
    }

    [Fact]
    public void Uncued_sentences_are_the_reporters_own_words_or_carry_over_within_a_paragraph()
    {
        const string text = "North Korea fired a missile on Tuesday.\nThe JCS said the missile flew 600 km. It reached an altitude of 50 km.\nThe launch drew condemnation.";
        var sentences = new SentenceSplitter().Split(text);
        var a = new SourceAttributor().Attribute(sentences, Vocabulary.Sources.Unattributed);
        Assert.Equal(["unattributed", "South Korea", "South Korea", "unattributed"], a.Select(x => x.Source));
        Assert.Equal("JCS", a[1].Speaker);
    }

    [Fact]
    public void A_state_agency_text_speaks_for_the_state_by_default()
    {
        var sentences = new SentenceSplitter().Split("The test-fire was successful.");
        Assert.Equal("North Korea", new SourceAttributor().Attribute(sentences, Vocabulary.Sources.NorthKorea)[0].Source);
    }
}
