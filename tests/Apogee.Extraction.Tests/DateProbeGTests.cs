using System.Globalization;
using Apogee.Core.Model;

namespace Apogee.Extraction.Tests;

/// <summary>
/// The rules of branch dates4 (issue #11, tools/date-probes part G), each in three or more phrasings of different
/// outlets' styles, none of them a probe's text. Every sentence is written for these tests, none is copied from a report.
/// </summary>
public class DateProbeGTests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    private static DateOnly? D(string? s) => string.IsNullOrEmpty(s) ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static LaunchEvent? Primary(string text, string? published)
    {
        var doc = new CleanDocument("probe", "memory", text, new DocumentMetadata(D(published), null, null), [], []);
        return Extractor.Extract(doc).Primary;
    }

    private static LaunchEvent Event(string text, string? published) => Primary(text, published) ?? throw new InvalidOperationException("no primary event: " + text);

    private static void AssertDay(string text, string? published, string day, string? weekday = null)
    {
        var e = Event(text, published);
        Assert.Equal((D(day), D(day)), (e.Date.Earliest, e.Date.Latest));
        Assert.Equal(weekday ?? D(day)!.Value.DayOfWeek.ToString(), e.Weekday);
    }

    private static void AssertSpan(string text, string published, string from, string to)
    {
        var e = Event(text, published);
        Assert.Equal((D(from), D(to)), (e.Date.Earliest, e.Date.Latest));
    }

    [Theory]
    [InlineData("North Korea fired two ballistic missiles on Sunday, days ahead of the Aug. 21, 2023, start of joint drills.", "2023-08-20")]
    [InlineData("North Korea fired a missile over Japan on Friday. The U.N. Security Council met on Sept. 15, 2017, to condemn the launch.", "2017-09-15")]
    [InlineData("North Korea launched an ICBM on Tuesday, on the eve of the July 5, 2017, meeting of G20 foreign ministers.", "2017-07-04")]
    public void Without_a_publication_day_an_event_after_the_launch_bounds_it_and_places_its_weekday(string text, string day) =>
        AssertDay(text, null, day);

    [Theory]
    [InlineData("North Korea fired a missile on Friday.\n\nIn this file photo taken on Aug. 29, 2017, a Hwasong-12 is launched.", "2017-08-29", "Friday")]
    [InlineData("North Korea test-fired a cruise missile on Sunday.\n\nAn undated photo released on Jan. 12, 2022, shows a missile launch.", "2022-01-12", "Sunday")]
    [InlineData("North Korea fired a ballistic missile on Saturday, Japan said.\n\nA missile lifts off during a test on May 14, 2017 (file).", "2017-05-14", "Saturday")]
    public void A_picture_of_an_older_launch_bounds_an_undated_story_from_below_but_gives_its_weekday_no_day(string text, string from, string weekday)
    {
        var e = Event(text, null);
        Assert.Equal((D(from), (DateOnly?)null), (e.Date.Earliest, e.Date.Latest));
        Assert.Equal(weekday, e.Weekday);
    }

    [Theory]
    [InlineData("Japan's defence ministry disclosed the launch on Thursday. The missile had been fired the previous day, it said.", "2023-03-16", "2023-03-15")]
    [InlineData("North Korea's state media confirmed the missile test on Friday, a day after the launch.", "2023-03-17", "2023-03-16")]
    [InlineData("KCNA reported the launch on Thursday. The missile was fired the day before from near Pyongyang, it said.", "2023-03-16", "2023-03-15")]
    public void A_verb_passing_on_the_news_of_the_launch_owns_the_day(string text, string published, string day) =>
        AssertDay(text, published, day);

    [Theory]
    [InlineData("North Korea confirmed on Friday that it had test-fired a new ICBM, a day after Japan spotted the launch.", "2023-03-17", "2023-03-16")]
    [InlineData("Pyongyang's state media said on Sunday it had launched a spy satellite, a day after the launch.", "2023-03-19", "2023-03-18")]
    [InlineData("North Korea's official news agency reported on Tuesday that the country had tested a hypersonic missile, a day after South Korea's military tracked it.", "2025-01-07", "2025-01-06")]
    public void A_statement_a_day_after_the_launch_was_reported_dates_it_the_day_before(string text, string published, string day) =>
        AssertDay(text, published, day);

    [Theory]
    [InlineData("North Korea fired two missiles, Seoul said.\n\nThe weekend launch was the fifth this month.")]
    [InlineData("North Korea fired a ballistic missile, Japan said. Analysts said the weekend's missile test showed progress.")]
    [InlineData("North Korea has launched another missile.\n\nIts weekend firing drew condemnation from Tokyo.")]
    public void The_weekend_launch_is_last_saturday_or_sunday(string text) =>
        AssertSpan(text, "2023-03-20", "2023-03-18", "2023-03-19");

    [Theory]
    [InlineData("North Korea fired a missile overnight on Saturday, U.S. officials said.", "2023-03-19", "2023-03-18")]
    [InlineData("The missiles were fired overnight Tuesday from the west coast, the JCS said.", "2023-03-15", "2023-03-14")]
    [InlineData("North Korea fired a missile overnight Sunday, the Pentagon said.", "2023-03-20", "2023-03-19")]
    public void An_overnight_weekday_runs_into_the_next_day(string text, string published, string day) =>
        AssertSpan(text, published, day, D(day)!.Value.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("North Korea fired a solid-fuel missile on Wednesday, the first such test since April 13, when it launched a Hwasong-18.", "2023-07-13", "2023-07-12")]
    [InlineData("North Korea fired a missile on Thursday, its first launch since Sept. 25, when it fired a ballistic missile from a reservoir.", "2022-11-03", "2022-11-03")]
    [InlineData("On Tuesday, North Korea launched a missile over Japan, its first since Sept. 15, 2017, when a Hwasong-12 flew over Hokkaido.", "2022-10-04", "2022-10-04")]
    public void A_lead_that_dates_its_own_launch_before_turning_to_an_old_one_reports_it(string text, string published, string day) =>
        AssertDay(text, published, day);

    [Theory]
    [InlineData("The rocket broke apart on Saturday moments after lifting off, officials said.", "2023-03-20", "2023-03-18")]
    [InlineData("North Korea sent two missiles flying toward the East Sea on Sunday, the JCS said.", "2023-03-20", "2023-03-19")]
    [InlineData("Pyongyang sent a ballistic missile hurtling over Hokkaido on Tuesday.", "2022-10-04", "2022-10-04")]
    public void Lifting_off_and_sending_a_missile_flying_tell_a_launch(string text, string published, string day) =>
        AssertDay(text, published, day);

    [Theory]
    [InlineData("The launch on Sunday came hours before the allies began drills, officials said.", "2023-03-20", "2023-03-19")]
    [InlineData("The North's foreign ministry called the test on Wednesday a legitimate exercise of its right to self-defence.", "2023-03-16", "2023-03-15")]
    [InlineData("Analysts said the missile test on Monday showed a new level of reliability.", "2023-03-16", "2023-03-13")]
    public void The_launch_named_with_its_own_weekday_reports_it(string text, string published, string day) =>
        AssertDay(text, published, day);

    [Theory]
    [InlineData("The test on Friday of a solid-fuel engine was a success, KCNA said.")]
    [InlineData("The nuclear test on Sunday drew condemnation from Beijing.")]
    [InlineData("The U.N. Security Council will discuss the launch on Friday.")]
    public void A_dated_test_of_an_engine_a_bomb_or_a_launch_to_come_is_no_launch(string text) =>
        Assert.Null(Primary(text, "2023-03-20"));

    [Theory]
    [InlineData("The launch on Thursday came as the allies extended their air drills, which began on Oct. 31, by a day.", "2022-11-03", "2022-11-03")]
    [InlineData("North Korea fired a missile on Thursday during joint drills that started on March 13, the JCS said.", "2023-03-16", "2023-03-16")]
    [InlineData("North Korea fired two missiles on Saturday as exercises, which kicked off on March 13, entered their final week.", "2023-03-20", "2023-03-18")]
    public void The_start_or_end_of_something_that_lasts_is_not_the_launchs_day(string text, string published, string day) =>
        AssertDay(text, published, day);
}
