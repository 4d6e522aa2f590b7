using System.Globalization;
using Apogee.Core.Model;

namespace Apogee.Extraction.Tests;

/// <summary>
/// Claims in phrasings of outlets the rules were not written on (issue #11, claim recall and sources). Every sentence
/// here is synthetic, written for these tests.
/// </summary>
public class ClaimGeneralisationTests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    private static LaunchEvent Primary(string text)
    {
        var doc = new CleanDocument("t", "memory", text, new DocumentMetadata(DateOnly.ParseExact("2023-03-16", "yyyy-MM-dd", CultureInfo.InvariantCulture)), [], []);
        return Extractor.Extract(doc).Primary ?? throw new InvalidOperationException("no primary event");
    }

    [Theory]
    [InlineData("Japan and South Korea condemned the launch after North Korea fired two ballistic missiles on Thursday.", "count", "2")]
    [InlineData("The UN Security Council will meet on Friday after North Korea test-fired an intercontinental ballistic missile on Thursday.", "range_class", "ICBM")]
    [InlineData("Seoul convened an emergency meeting after North Korea launched three short-range ballistic missiles on Thursday.", "count", "3")]
    [InlineData("US President Joe Biden condemned North Korea after it launched two ballistic missiles on Thursday.", "category", "ballistic")]
    public void A_reaction_placed_after_the_launch_keeps_the_launch_facts(string text, string field, string want)
    {
        var e = Primary(text);
        Assert.Contains(e.Claims, c => c.Field == field && (field == "count" ? c.Value.Count!.Min.ToString(CultureInfo.InvariantCulture) == want : c.Value.Text == want));
    }

    [Theory]
    [InlineData("North Korea fired two short-range ballistic missiles on Thursday, just days after it launched a cruise missile.", "cruise")]
    [InlineData("North Korea fired a ballistic missile on Thursday, a week after it fired two cruise missiles.", "cruise")]
    [InlineData("The drills come weeks after North Korea launched a cruise missile. North Korea fired a ballistic missile on Thursday.", "cruise")]
    public void A_launch_after_a_written_gap_is_another_launch(string text, string otherCategory)
    {
        Assert.DoesNotContain(Primary(text).Claims, c => c.Field == "category" && c.Value.Text == otherCategory);
    }

    [Theory]
    [InlineData("North Korea fired a ballistic missile from the Sunan area of Pyongyang on Thursday, the JCS said.", "South Korea")]
    [InlineData("North Korea fired two ballistic missiles on Thursday, President Joe Biden said.", "United States")]
    [InlineData("North Korea launched an ICBM on Thursday, Secretary of State Antony Blinken said.", "United States")]
    [InlineData("North Korea fired a missile on Thursday that flew 1,000 km, the Washington Post reported.", "media")]
    [InlineData("North Korea fired a ballistic missile on Thursday that flew 1,000 km, according to AFP.", "media")]
    [InlineData("North Korea fired a ballistic missile on Thursday, the Korea Herald reported, citing military sources.", "media")]
    public void The_speaker_of_the_sentence_is_the_source(string text, string source)
    {
        Assert.All(Primary(text).Claims.Where(c => c.Field == "count"), c => Assert.Equal(source, c.Source));
    }

    [Theory]
    [InlineData("After North Korea fired a barrage of short-range missiles on Saturday, President Donald Trump said he remains confident in talks.")]
    [InlineData("WASHINGTON – After North Korea fired two missiles on Saturday, the White House said it was consulting allies.")]
    [InlineData("Hours after North Korea launched an ICBM on Thursday, Prime Minister Fumio Kishida told reporters the missile flew about 1,000 km.")]
    public void A_fronted_time_clause_is_the_reporters(string text)
    {
        Assert.All(Primary(text).Claims.Where(c => c.Field == "count"), c => Assert.Equal("unattributed", c.Source));
    }
}
