using System.Globalization;
using Apogee.Core.Model;
using Apogee.Extraction.Dates;

namespace Apogee.Extraction.Tests;

/// <summary>
/// The same launch as other outlets rewrite it (issue #11, the rules `bench perturb` found breaking): the launch told
/// "the previous day" in a story dated the next, across a sentence break; a written date of an earlier launch in a US-
/// dated copy; a launch's place in a series beside an other-launch marker; bylines and time stamps before the lead.
/// Synthetic text written for these tests in the styles of wire services, US papers, Japanese and Korean outlets.
/// </summary>
public class RewrittenReportsTests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    private static readonly DateResolver Resolver = new();

    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static LaunchReport Extract(string published, string text) =>
        Extractor.Extract(new CleanDocument("synthetic", "memory", text, new DocumentMetadata(D(published)), [], []));

    [Theory]
    // Published Thursday 2023-03-16; the launch was on Wednesday.
    [InlineData("SEOUL, March 16 (Yonhap) -- South Korea's military said Thursday it was analysing the launch. North Korea fired a short-range ballistic missile toward the East Sea the previous day, the Joint Chiefs of Staff said.")]
    [InlineData("Japan says North Korean missile fell outside its waters\n\nJapan said on Thursday that North Korea had fired a ballistic missile the previous day, the second launch this month, and lodged a protest.")]
    [InlineData("Tokyo protested to Pyongyang on Thursday through its embassy in Beijing. The missile, launched a day earlier from near Pyongyang, flew about 400 kilometers, the Defense Ministry said.")]
    [InlineData("WASHINGTON (AP) — U.S. officials said Thursday they were assessing the test. The launch, conducted the previous day from a site near the capital, ended in failure, South Korea's military said.")]
    public void A_launch_told_the_previous_day_is_the_day_before_the_statement_s(string text)
    {
        var e = Extract("2023-03-16", text).Primary;
        Assert.NotNull(e);
        Assert.Equal(D("2023-03-15"), e.Date.Earliest);
        Assert.Equal(D("2023-03-15"), e.Date.Latest);
        Assert.Equal("Wednesday", e.Weekday);
    }

    [Fact]
    public void The_previous_day_of_a_statement_outweighs_a_background_launch_on_another_weekday()
    {
        var e = Extract("2023-03-16", "Seoul said on Thursday that North Korea had fired two short-range missiles into the sea the previous day.\n\nThe North fired a cruise missile on Sunday, state media said. The projectiles fired on Wednesday flew 200 km, the military said.").Primary;
        Assert.Equal("Wednesday", e?.Weekday);
        Assert.Equal(D("2023-03-15"), e?.Date.Earliest);
    }

    [Theory]
    // A US-dated copy (published Sunday 2017-05-28, Washington) of Monday's launch in Korea; the other date is an earlier launch's.
    [InlineData("North Korea fired a short-range ballistic missile on Monday that landed in the sea off its east coast.", "North Korea last test-fired a ballistic missile on May 21 off its east coast.")]
    [InlineData("Pyongyang launched a Scud-type missile on Monday, the military said.", "It had previously launched a medium-range missile on May 21, its second test of the type.")]
    [InlineData("The North fired a ballistic missile Monday morning, the Joint Chiefs of Staff said.", "The North fired a Pukguksong-2 on May 21 from near Pukchang.")]
    public void A_written_date_days_from_the_launch_s_weekday_is_another_launch_s(string launch, string other)
    {
        var r = Resolver.Resolve(new DateEvidence(D("2017-05-28"), null, false, [launch, other], [launch, other], [], []));
        Assert.Equal(D("2017-05-29"), r.Bounds.Earliest);
        Assert.Equal(D("2017-05-29"), r.Bounds.Latest);
    }

    [Theory]
    // A written date within a day of the weekday is the same launch in another zone: it stays.
    [InlineData("North Korea fired a missile at 10:40 a.m. Hawaii time May 28, U.S. Pacific Command said, on Monday in Korea.", "2017-05-29")]
    [InlineData("North Korea fired a missile on Monday, May 29, the military said.", "2017-05-29")]
    public void A_written_date_of_the_launch_s_own_day_stays(string launch, string day)
    {
        var r = Resolver.Resolve(new DateEvidence(D("2017-05-28"), null, false, [launch], [launch], [], []));
        Assert.Equal(D(day), r.Bounds.Earliest);
    }

    [Theory]
    // A place in a series before an other-launch marker names the story's launch.
    [InlineData("2019-08-02", "North Korea Conducts Third Missile Test Since Last Week Amid Stalled Talks\n\nThe talks with Washington have not resumed.", true)]
    [InlineData("2022-01-11", "North Korea fired a suspected ballistic missile, the second launch in less than a week, after Kim Jong Un pledged late last year to bolster the country's defences.", true)]
    [InlineData("2022-03-05", "North Korea fired a ballistic missile into the sea, its ninth launch this year, Japan's coast guard said.", true)]
    // Without a series place, the marker still makes the launch background.
    [InlineData("2022-03-05", "North Korea fired a ballistic missile into the sea last month, analysts recalled, while the talks stalled.", false)]
    public void A_launch_s_place_in_a_series_ties_it_to_the_story(string published, string text, bool relevant) =>
        Assert.Equal(relevant, Extract(published, text).Relevant);

    [Theory]
    // Bylines, time stamps and share buttons before the lead do not use up its eight sentences.
    [InlineData("Pyongyang tensions rise\n\nBy\n\nJane Roe\n\nPUBLISHED:\n\n10:56 EST, 27 February 2014\n\n|\n\nUPDATED:\n\n11:43 EST, 27 February 2014\n\nNorth Korea fired four short-range missiles into its eastern waters on Thursday, a South Korean defense official said.")]
    [InlineData("Korea watch\n\nShare\n\nTweet\n\nEmail\n\nPrint\n\nComments\n\nVideo\n\nUpdated 2:31 AM ET\n\nNorth Korea fired four short-range missiles into its eastern waters on Thursday, the Joint Chiefs of Staff said.")]
    [InlineData("Asia briefing\n\nBy Sam Poe\n\nAsia Editor\n\nFebruary 27, 2014\n\n5 min read\n\nListen\n\nGift this article\n\nSEOUL — North Korea fired four short-range missiles into the sea on Thursday, officials said.")]
    public void Short_lines_before_the_lead_do_not_push_the_launch_out_of_it(string text)
    {
        var r = Extract("2014-02-27", text);
        Assert.True(r.Relevant);
        Assert.Equal(D("2014-02-27"), r.Primary?.Date.Earliest);
    }
}
