using System.Globalization;
using Apogee.Extraction.Dates;

namespace Apogee.Extraction.Tests;

/// <summary>
/// The launch day as other outlets phrase it: weekdays and relative days in many wordings, statements' days, stories
/// written days later, reaction pieces that place the launch "days" before them. Synthetic sentences written for these
/// tests in the styles of wire services, US and British papers, Korean and Japanese outlets and state media.
/// </summary>
public class DateGeneralisationTests
{
    private static readonly DateResolver Resolver = new();

    private static DateOnly? D(string? s) => s is null ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ResolvedDate Resolve(string published, params string[] sentences) =>
        Resolver.Resolve(new DateEvidence(D(published), null, false, sentences, sentences, [], sentences));

    [Theory]
    // published Wednesday 2023-03-15
    [InlineData("North Korea fired a ballistic missile early Tuesday, Seoul's military said.", "2023-03-14", "Tuesday")]
    [InlineData("The North launched a missile on Tuesday morning local time, according to the Joint Chiefs of Staff.", "2023-03-14", "Tuesday")]
    [InlineData("Pyongyang test-fired a cruise missile late on Monday, the South's military said.", "2023-03-13", "Monday")]
    [InlineData("North Korea launched a short-range missile Tuesday (local time) toward the East Sea.", "2023-03-14", "Tuesday")]
    [InlineData("The missile was fired in the early hours of Tuesday from near Pyongyang.", "2023-03-14", "Tuesday")]
    [InlineData("A projectile was launched shortly after dawn on Tuesday, Japan's defence ministry said.", "2023-03-14", "Tuesday")]
    [InlineData("The North fired two missiles into the sea late Tuesday night, officials said.", "2023-03-14", "Tuesday")]
    [InlineData("On Tuesday the North fired what appeared to be a ballistic missile, the coast guard said.", "2023-03-14", "Tuesday")]
    public void A_weekday_told_of_the_launch_in_any_wording_dates_it(string sentence, string day, string weekday)
    {
        var r = Resolve("2023-03-15", sentence);
        Assert.Equal(D(day), r.Bounds.Earliest);
        Assert.Equal(D(day), r.Bounds.Latest);
        Assert.Equal(weekday, r.Weekday);
    }

    [Theory]
    // published Wednesday 2023-03-15
    [InlineData("North Korea fired a ballistic missile this morning, the Joint Chiefs of Staff said.", "2023-03-15")]
    [InlineData("The DPRK launched a missile earlier today off its east coast, Japan's coast guard said.", "2023-03-15")]
    [InlineData("The Academy of Defence Science conducted a test-fire of a new-type missile yesterday.", "2023-03-14")]
    public void A_relative_day_told_of_the_launch_counts_from_the_report_s_day(string sentence, string day)
    {
        var r = Resolve("2023-03-15", sentence);
        Assert.Equal(D(day), r.Bounds.Earliest);
        Assert.Equal(D(day), r.Bounds.Latest);
    }

    [Theory]
    // published Thursday 2023-03-16: the day a statement was made is not the launch's.
    [InlineData("Japan protested on Wednesday, saying the missile had fallen inside its economic zone.", "North Korea fired the missile a day earlier.", "2023-03-14", "Tuesday")]
    [InlineData("Seoul's unification ministry said Wednesday the launch was a grave provocation.", "The North had fired the missile the day before.", "2023-03-14", "Tuesday")]
    [InlineData("The White House said on Thursday it was consulting allies.", "North Korea launched the missile on Wednesday, South Korea said.", "2023-03-15", "Wednesday")]
    public void A_statement_s_day_is_not_the_launch_s(string first, string second, string day, string weekday)
    {
        var r = Resolve("2023-03-16", first, second);
        Assert.Equal(D(day), r.Bounds.Earliest);
        Assert.Equal(D(day), r.Bounds.Latest);
        Assert.Equal(weekday, r.Weekday);
    }

    [Theory]
    // published Saturday 2017-07-08: a reaction piece that places the launch "days" before what it reports.
    [InlineData("The exercise, a ten-hour mission, comes days after North Korea test-launched its first intercontinental missile.")]
    [InlineData("The drills came several days after the North fired a long-range missile into the sea.")]
    [InlineData("Bombers flew over the peninsula, just days after Pyongyang launched a ballistic missile.")]
    [InlineData("The sanctions vote came a few days after North Korea's latest missile test.")]
    public void A_reaction_days_after_the_launch_dates_it_at_least_two_days_before_the_report(string sentence)
    {
        var r = Resolve("2017-07-08", sentence);
        Assert.Null(r.Bounds.Earliest);
        Assert.Equal(D("2017-07-06"), r.Bounds.Latest);
    }

    [Theory]
    // published Friday 2019-08-02: the story's launch is the third; the weekday told of the second is that one's.
    [InlineData("North Korea conducted its third launch in just over a week, Seoul said.", "On Wednesday, the North conducted a second test of a new rocket.")]
    [InlineData("Pyongyang has fired missiles for the third time in eight days, the military said.", "The second launch, on Wednesday, was of a new rocket launcher.")]
    [InlineData("The North fired projectiles for a fourth time in two weeks, officials said.", "It fired a third round of missiles on Wednesday.")]
    public void A_weekday_told_of_an_earlier_launch_in_a_series_does_not_date_the_story_s(string lead, string other)
    {
        var r = Resolve("2019-08-02", lead, other);
        Assert.Null(r.Weekday);
        Assert.Equal(D("2019-08-01"), r.Bounds.Earliest);
        Assert.Equal(D("2019-08-02"), r.Bounds.Latest);
    }
}
