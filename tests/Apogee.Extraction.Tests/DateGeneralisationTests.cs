using System.Globalization;
using Apogee.Core.Model;
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
    [InlineData("North Korea launched two missiles the day before yesterday, the defence ministry confirmed in a briefing.", "2023-03-13")]
    [InlineData("The missile fired two days ago was a new solid-fuel type, the military said.", "2023-03-13")]
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

    [Theory]
    // Korean and Japanese wire style: the day of the month alone, counted back from the report's day.
    [InlineData("North Korea fired two ballistic missiles into the East Sea on the 15th, the Joint Chiefs of Staff said.", "2023-03-16", "2023-03-15")]
    [InlineData("The North launched a long-range missile from the Sunan area at around 7:10 a.m. on the 16th.", "2023-03-16", "2023-03-16")]
    [InlineData("According to the defence ministry, the missile fired on the 28th flew about 1,000 kilometres.", "2023-03-01", "2023-02-28")]
    public void A_day_of_the_month_alone_dates_the_launch_in_the_report_s_month_or_the_one_before(string sentence, string published, string day)
    {
        var r = Resolve(published, sentence);
        Assert.Equal(D(day), r.Bounds.Earliest);
        Assert.Equal(D(day), r.Bounds.Latest);
    }

    [Theory]
    // A US paper dated Tuesday 2023-03-14 reporting a launch on Korea's Wednesday morning.
    [InlineData("North Korea fired a ballistic missile Tuesday night (Wednesday morning in Korea), the Pentagon said.", "2023-03-15", "Wednesday")]
    [InlineData("The North launched a missile early Wednesday Korea time, U.S. officials said.", "2023-03-15", "Wednesday")]
    [InlineData("North Korea test-fired a missile late Tuesday Washington time, the Pentagon said.", "2023-03-15", "Wednesday")]
    [InlineData("Pyongyang launched the rocket on Wednesday morning Seoul time, according to the South's military.", "2023-03-15", "Wednesday")]
    public void A_us_dated_story_of_a_korean_morning_launch_gives_korea_s_day(string sentence, string day, string weekday)
    {
        var r = Resolve("2023-03-14", sentence);
        Assert.Equal(D(day), r.Bounds.Earliest);
        Assert.Equal(weekday, r.Weekday);
    }

    [Theory]
    // KCNA's next-day report: "yesterday" counts from its dateline, not from when a foreign site republished it.
    [InlineData("The Academy of Defence Science conducted a test-fire of a new-type tactical guided weapon yesterday.", "2023-03-16", "2023-03-15")]
    [InlineData("A launching drill of the strategic cruise missile unit was staged yesterday under the guidance of the leader.", "2023-03-16", "2023-03-15")]
    [InlineData("Kim Jong Un yesterday oversaw the test-fire of a new intercontinental ballistic missile.", "2023-03-16", "2023-03-15")]
    public void Yesterday_in_a_state_media_report_counts_from_its_dateline(string sentence, string dateline, string day)
    {
        var r = Resolver.Resolve(new DateEvidence(D(dateline)!.Value.AddDays(2), D(dateline), true, [sentence], [sentence], [], [sentence]));
        Assert.Equal(D(day), r.Bounds.Earliest);
        Assert.Equal(D(day), r.Bounds.Latest);
    }

    [Theory]
    // No publication day: a caption of a file photo dates an older launch, not the story's.
    [InlineData("A Hwasong-15 missile is launched on Nov. 29, 2017, in this file photo released by the state agency.")]
    [InlineData("(FILE) A missile lifts off during a test on Nov. 29, 2017.")]
    [InlineData("An undated photo of a missile launched on Nov. 29, 2017, distributed by state media.")]
    public void A_file_photo_caption_does_not_date_the_story_s_launch(string caption)
    {
        const string lead = "North Korea fired an intercontinental ballistic missile on Tuesday, the Pentagon said.";
        const string later = "It was the first such test since the talks collapsed on March 2, 2018.";
        var r = Resolver.Resolve(new DateEvidence(null, null, false, [lead], [lead, later, caption], [], [later, caption]));
        Assert.Equal(D("2018-03-06"), r.Bounds.Earliest);
        Assert.Equal("Tuesday", r.Weekday);
    }

    [Theory]
    // The day of a reaction, in the words other outlets use for one, is not the launch's.
    [InlineData("Japan's prime minister convened his national security council on Wednesday.", "Wednesday")]
    [InlineData("The White House dismissed on Thursday the North's claims of a successful test.", "Thursday")]
    [InlineData("Beijing expressed concern Tuesday and called for restraint.", "Tuesday")]
    [InlineData("The foreign ministry summoned the ambassador on Monday to lodge a protest.", "Monday")]
    [InlineData("Seoul's unification ministry noted Friday that talks remained stalled.", "Friday")]
    [InlineData("The Pentagon downplayed the threat on Sunday, calling the weapons short-range.", "Sunday")]
    public void The_day_of_a_reaction_is_not_the_launch_s(string sentence, string day)
    {
        var at = sentence.IndexOf(day, StringComparison.Ordinal);
        Assert.Equal(DayRole.Other, DayMentionClassifier.Classify(sentence, at, at + day.Length));
    }

    [Theory]
    // published Saturday 2017-07-08
    [InlineData("The joint drills come a week after North Korea test-fired an intercontinental missile.")]
    [InlineData("Weeks after Pyongyang launched its latest missile, the council has yet to agree on sanctions.")]
    public void A_reaction_a_week_or_weeks_after_the_launch_dates_it_before_the_report_too(string sentence)
    {
        var r = Resolve("2017-07-08", sentence);
        Assert.Null(r.Bounds.Earliest);
        Assert.Equal(D("2017-07-06"), r.Bounds.Latest);
    }

    [Theory]
    // published Thursday 2023-03-16 (a Monday-to-Sunday week: Monday 2023-03-13).
    [InlineData("North Korea fired two cruise missiles earlier this week, the South's military said.", "2023-03-16", "2023-03-13", "2023-03-15")]
    [InlineData("The launch earlier this week was the North's fifth this year.", "2023-03-16", "2023-03-13", "2023-03-15")]
    // published Monday 2023-03-20: the weekend just past.
    [InlineData("Pyongyang test-fired a new solid-fuel missile over the weekend, state media reported.", "2023-03-20", "2023-03-18", "2023-03-19")]
    [InlineData("The North launched a satellite carrier this weekend despite warnings.", "2023-03-20", "2023-03-18", "2023-03-19")]
    public void A_span_of_days_told_of_the_launch_bounds_it_to_those_days(string sentence, string published, string from, string to)
    {
        var r = Resolve(published, sentence);
        Assert.Equal(D(from), r.Bounds.Earliest);
        Assert.Equal(D(to), r.Bounds.Latest);
    }

    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    [Theory]
    [InlineData("2023-03-16", "SEOUL, March 16 (Yonhap) -- North Korea fired a long-range ballistic missile into the East Sea on the 16th, the Joint Chiefs of Staff said.\nThe missile flew about 1,000 km.", "2023-03-16")]
    [InlineData("2023-03-14", "WASHINGTON -- North Korea fired a ballistic missile Tuesday night (Wednesday morning in Korea), U.S. officials said.\nThe missile flew about 1,000 kilometers before falling into the sea, Japan's defense ministry said.", "2023-03-15")]
    [InlineData("2017-07-08", "U.S. bombers fly over peninsula\nTwo U.S. bombers flew over the Korean Peninsula on Saturday for a ten-hour drill with allied fighter jets.\nThe drill comes days after North Korea test-launched its first intercontinental ballistic missile.\nThe missile flew about 930 km before landing in the sea, the Pentagon said.", "..2017-07-06")]
    [InlineData("2019-08-02", "North Korea fires missiles for third time in eight days\nNorth Korea fired two short-range ballistic missiles into the sea, South Korean officials said, its third launch in just over a week.\nOn Wednesday, the North conducted a second test of what it called a new rocket launcher.", "2019-08-01..2019-08-02")]
    [InlineData("2023-03-20", "North Korea test-fired a new solid-fuel missile over the weekend, the South's military said.\nThe missile flew 800 km, the Joint Chiefs of Staff said.", "2023-03-18..2023-03-19")]
    [InlineData("2023-03-17", "Pyongyang, March 16 (KCNA) -- The Missile Administration conducted a test-fire of a new-type intercontinental ballistic missile yesterday.\nThe missile flew 1,000 km and hit the target waters.", "2023-03-15")]
    [InlineData("2023-03-17", "Analysis: what the North's new missile means\nNorth Korea's Tuesday launch of a solid-fuel missile marked a step forward, analysts said.\nThe missile flew about 1,000 km, Japan's defense ministry said.", "2023-03-14")]
    [InlineData("2023-03-15", "TOKYO, March 15 (Reuters) - North Korea fired a ballistic missile early on Wednesday, Japan's coast guard said.\nThe missile flew about 500 km, the defence ministry said.", "2023-03-15")]
    public void Whole_reports_are_dated_as_the_outlet_meant(string published, string text, string date)
    {
        var doc = new CleanDocument("d", "memory", text, new DocumentMetadata(D(published)), [], []);
        var e = Extractor.Extract(doc).Primary;
        Assert.NotNull(e);
        var got = e.Date.Earliest == e.Date.Latest && e.Date.Earliest is not null ? Day(e.Date.Earliest) : $"{Day(e.Date.Earliest)}..{Day(e.Date.Latest)}";
        Assert.Equal(date, got);
    }

    private static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
