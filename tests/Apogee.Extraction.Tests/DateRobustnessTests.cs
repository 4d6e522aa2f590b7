using System.Globalization;
using Apogee.Core.Model;

namespace Apogee.Extraction.Tests;

/// <summary>
/// The launch day stays the same however an outlet dates its report (issue #11's perturbation bench): with no
/// publication day in the metadata, from the report's own date or the launch's written date; a weekday derived from
/// an explicit date; US-time statements moved to Korea's day and clock. Synthetic reports written for these tests in
/// the styles of Korean wires, British and US papers, state media and web bylines.
/// </summary>
public class DateRobustnessTests
{
    private static DateOnly? D(string? s) => s is null ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static LaunchEvent Primary(string text, string? published = null)
    {
        var report = LaunchExtractor.CreateDefault().Extract(new CleanDocument("t", "memory", text, new DocumentMetadata(D(published)), [], []));
        Assert.True(report.Relevant);
        return report.Primary!;
    }

    private static string Got(DateBounds b) =>
        b.IsDay ? $"{b.Earliest:yyyy-MM-dd}" : $"{(b.Earliest is { } e ? e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "open")}..{(b.Latest is { } l ? l.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "open")}";

    [Theory]
    // BBC: a "Published" line; the launch "on Thursday".
    [InlineData("North Korea fires biggest missile yet\nPublished 24 March 2022\nNorth Korea fired what appeared to be an intercontinental ballistic missile on Thursday, South Korea's military said.", "2022-03-24", "Thursday")]
    // Korean daily: "Published : 2022-03-24 10:35"; the launch "this morning".
    [InlineData("N. Korea launches ICBM\nPublished : 2022-03-24 10:35\nNorth Korea launched a ballistic missile toward the East Sea this morning, the Joint Chiefs of Staff said.", "2022-03-24", "Thursday")]
    // Guardian-style byline line with weekday and clock; the launch "on Wednesday" the day before.
    [InlineData("North Korea fires missile into sea\nThu 24 Mar 2022 09.12 GMT\nNorth Korea fired a short-range ballistic missile on Wednesday, Japan's coast guard said.", "2022-03-23", "Wednesday")]
    // NK News-style: the date alone under the headline, the launch "yesterday".
    [InlineData("North Korea test-fires cruise missiles\nMarch 24, 2022\nNorth Korea test-fired two cruise missiles yesterday, state media reported.", "2022-03-23", "Wednesday")]
    // Web page: "Updated:" line, no day word for the launch: the day before to the day.
    [InlineData("Missile launch condemned\nUpdated: March 24, 2022\nNorth Korea launched a ballistic missile, officials in Seoul and Tokyo said.", "2022-03-23..2022-03-24", null)]
    public void Without_a_publication_day_the_report_s_own_written_date_stands_for_it(string text, string date, string? weekday)
    {
        var e = Primary(text);
        Assert.Equal(date, Got(e.Date));
        Assert.Equal(weekday, e.Weekday);
    }

    [Theory]
    // Yonhap dateline, no year: President Yoon and Defense Minister Shin (2023-10-07..2024-09-06) leave one March 24.
    [InlineData("SEOUL, March 24 (Yonhap) -- North Korea fired a short-range ballistic missile on Sunday, the Joint Chiefs of Staff said. President Yoon Suk Yeol and Defense Minister Shin Won-sik ordered a firm response.", "2024-03-24")]
    // Kyodo dateline: the same year from Chief Cabinet Secretary Yoshimasa Hayashi (2023-12-14..) and Defense Minister Shin.
    [InlineData("TOKYO, March 22 (Kyodo) -- North Korea launched a ballistic missile early Friday, Chief Cabinet Secretary Yoshimasa Hayashi said, as Seoul's Defense Minister Shin Won-sik convened a meeting.", "2024-03-22")]
    public void A_wire_dateline_without_its_year_takes_the_one_year_the_officeholders_leave(string text, string date)
    {
        var e = Primary(text);
        Assert.Equal(date, Got(e.Date));
    }

    [Theory]
    // AP: weekday and date agree only in 2022 within Moon Jae-in's term (2017-05-10..2022-05-10).
    [InlineData("North Korea fired an intercontinental ballistic missile on Thursday, March 24, South Korean President Moon Jae-in's office said.", "2022-03-24", "Thursday")]
    // Reuters: day and month, weekday after it; 2017 is the one Sunday, May 14 in Moon's term.
    [InlineData("North Korea launched a ballistic missile on Sunday, May 14, in the first test since President Moon Jae-in took office.", "2017-05-14", "Sunday")]
    // KCNA: British order; Japan's Defense Minister Itsunori Onodera's terms leave only 2017 for a Friday, 15 September.
    [InlineData("The test-fire of the Hwasong-12 was conducted on Friday, 15 September, KCNA said, as Japan's Defense Minister Itsunori Onodera denounced it.", "2017-09-15", "Friday")]
    public void Without_a_publication_day_a_launch_date_and_its_weekday_fix_the_year_within_the_officeholders_terms(string text, string date, string weekday)
    {
        var e = Primary(text);
        Assert.Equal(date, Got(e.Date));
        Assert.Equal(weekday, e.Weekday);
    }

    [Theory]
    // An earlier launch's date further down: the same model "tested on 3 July" is not the story's launch day.
    [InlineData("North Korea hails ICBM test\nNorth Korea said it test-fired an intercontinental ballistic missile, Defense Minister Song Young-moo said.\nThe agency said the missile was launched with success.\nExperts said the missile flew far.\nThe statement said the rocket was the same model North Korea tested on 3 July.")]
    // An earlier launch's date further down that falls on the story's weekday in one year of the bounds is still not it.
    [InlineData("North Korea fires missile over Japan\nNorth Korea fired a ballistic missile over Japan on Friday, Prime Minister Shinzo Abe said.\nThe missile flew 3,700 km.\nJapan's government condemned it.\nThe North's most recent missile launch, on Aug. 29, also flew over Japan.")]
    // A meeting's date in the launch sentence itself.
    [InlineData("North Korea fired a ballistic missile, days after a summit on April 27 between Kim Jong Un and President Moon Jae-in, Defense Minister Song Young-moo said.")]
    // A namesake of an officeholder ("a professor") bounds nothing, so the old launch's date is not placed in his term.
    [InlineData("North Korea launched a missile over Japan, said Kim Yong-hyun, a professor at Dongguk University. It followed a test on July 28.")]
    public void Without_a_publication_day_another_event_s_date_does_not_become_the_launch_s(string text)
    {
        var e = Primary(text);
        Assert.False(e.Date.IsDay, Got(e.Date));
    }

    [Fact]
    public void A_predecessor_named_for_history_does_not_bound_the_story()
    {
        // "the Obama administration" is history in a story naming President Trump and Defense Minister Onodera
        // (2012-12-26..2014-09-03 and 2017-08-03..2018-10-02): the story is in Onodera's second term.
        var e = Primary("North Korea fired a missile over Japan on Tuesday, Defense Minister Itsunori Onodera said. The last such flight was early in the Obama administration. President Donald Trump said all options were on the table.");
        Assert.Equal(D("2017-08-03"), e.Date.Earliest);
        Assert.Equal(D("2018-10-02"), e.Date.Latest);
    }

    [Theory]
    // A person named before taking office bounds nothing: the story stays in President Obama's term.
    [InlineData("North Korea launched a long-range rocket on Sunday, hours before a debate in which candidates Donald Trump and others took part. President Barack Obama's adviser condemned it.")]
    [InlineData("North Korea fired a missile on Sunday. The Republican nominee Donald Trump called it a disgrace, and President Barack Obama's adviser condemned it.")]
    [InlineData("North Korea fired a missile on Sunday. President-elect Donald Trump tweeted about it; President Barack Obama's spokesman condemned it.")]
    public void A_candidate_is_not_in_office(string text)
    {
        var e = Primary(text);
        Assert.Equal(D("2009-01-20"), e.Date.Earliest);
        Assert.Equal(D("2017-01-20"), e.Date.Latest);
    }

    [Fact]
    public void A_predecessor_named_for_history_does_not_pin_the_story_to_the_handover_day()
    {
        // Kim Jong Il's term ends the day Kim Jong Un's begins: the story is in the son's, not on that day.
        var e = Primary("North Korea fired a long-range rocket on Wednesday, a year after leader Kim Jong Un took power following the death of his father Kim Jong Il.");
        Assert.Equal(D("2011-12-17"), e.Date.Earliest);
        Assert.Null(e.Date.Latest);
    }

    [Theory]
    // published Thursday 2022-03-24: the weekday is the explicit or relative day's where the text names none.
    [InlineData("North Korea fired an ICBM on March 23, the Joint Chiefs of Staff said.", "2022-03-23", "Wednesday")]
    [InlineData("North Korea fired an ICBM on 23 March, South Korea's military said.", "2022-03-23", "Wednesday")]
    [InlineData("North Korea fired a ballistic missile yesterday, according to the Ministry of Defense.", "2022-03-23", "Wednesday")]
    [InlineData("North Korea fired a ballistic missile at 2:34 p.m. on the 24th, the Joint Chiefs of Staff said.", "2022-03-24", "Thursday")]
    public void A_launch_dated_to_a_day_has_that_day_s_weekday(string text, string date, string weekday)
    {
        var e = Primary(text, "2022-03-24");
        Assert.Equal(date, Got(e.Date));
        Assert.Equal(weekday, e.Weekday);
    }

    [Theory]
    // published Saturday 2016-02-06 in Washington; the launch is Sunday in Korea.
    [InlineData("North Korea launched a long-range rocket at 7:30 p.m. ET Saturday carrying what it called a satellite, the Pentagon said.", "2016-02-07", "09:30")]
    [InlineData("North Korea launched a rocket at 10:30 a.m. Hawaii time on Saturday carrying what it called an earth observation satellite.", "2016-02-07", "05:30")]
    [InlineData("North Korea fired the rocket on Saturday at 7:30 p.m. EST, U.S. Strategic Command said.", "2016-02-07", "09:30")]
    [InlineData("North Korea launched the rocket Saturday night Washington time, defense officials told reporters.", "2016-02-07", null)]
    public void A_US_time_statement_is_moved_to_Korea_s_day_and_clock(string text, string date, string? time)
    {
        var e = Primary(text, "2016-02-06");
        Assert.Equal(date, Got(e.Date));
        Assert.Equal("Sunday", e.Weekday);
        Assert.Equal(time, e.TimeLocal);
    }

    [Theory]
    // published Saturday 2016-02-06: time words between the verb and the day do not part them from the launch.
    [InlineData("North Korea launched a long-range rocket in the early hours of Sunday carrying what it called a satellite.")]
    [InlineData("North Korea launched a long-range rocket on the morning of Sunday carrying what it called a satellite.")]
    [InlineData("The North fired the rocket at around 9:30 a.m. local time on Sunday, carrying what it called a satellite, Seoul said.")]
    public void A_time_phrase_between_the_launch_and_its_day_keeps_the_day_the_launch_s(string text)
    {
        var e = Primary(text, "2016-02-07");
        Assert.Equal("2016-02-07", Got(e.Date));
        Assert.Equal("Sunday", e.Weekday);
    }

    [Theory]
    // A wire story: the launch's day told only further down, as "yesterday", and no weekday anywhere.
    [InlineData("2017-04-17", "North Korea missile test fails\nA U.S. official said the missile was not an intercontinental one.\nNorth Korea's attempted missile launch yesterday ended in failure, South Korean media reported.", "2017-04-16")]
    // KCNA: "today" in the leader's reported words is his day, not the report's; no day then.
    [InlineData("2016-03-04", "Pyongyang, March 4 (KCNA) -- Kim Jong Un watched the test-fire of a new-type large-calibre multiple rocket launcher.\nHe said that the enemies would see how the test-fire held today shook them.", "2016-03-03..2016-03-04")]
    public void A_relative_day_further_down_dates_the_launch_unless_it_is_a_speaker_s(string published, string text, string date)
    {
        var e = Primary(text, published);
        Assert.Equal(date, Got(e.Date));
    }

    [Theory]
    // published Tuesday 2017-11-28 in Washington (EST); the launch is Wednesday 2017-11-29 in Korea.
    [InlineData("2017-11-28", "North Korea fired an intercontinental ballistic missile at 3:17 a.m. Wednesday (1817 GMT Tuesday), South Korea's military said.", "2017-11-29", "03:17")]
    [InlineData("2017-11-28", "The missile was launched at 1:17 p.m. EST on Tuesday, the Pentagon said.", "2017-11-29", "03:17")]
    [InlineData("2017-11-28", "North Korea fired a ballistic missile early Wednesday local time (late Tuesday ET), the White House said.", "2017-11-29", null)]
    [InlineData("2017-11-29", "North Korea fired an ICBM between 3:10 and 3:20 a.m. on Wednesday, Japan's defense ministry said.", "2017-11-29", null)]
    [InlineData("2017-11-28", "North Korea fired a missile on Tuesday afternoon U.S. time, officials in Washington said.", "2017-11-29", null)]
    public void Zone_conversions_in_other_outlets_wordings_date_the_launch_in_Korea(string published, string text, string date, string? time)
    {
        var e = Primary(text, published);
        Assert.Equal(date, Got(e.Date));
        if (time is not null) Assert.Equal(time, e.TimeLocal);
    }

    [Theory]
    // published Friday 2022-03-25: a written date of another event in the launch sentence is not the launch's.
    [InlineData("2022-03-25", "North Korea fired an ICBM on Thursday, its first since a test on March 16 that ended in failure.")]
    [InlineData("2022-03-25", "North Korea fired an ICBM on Thursday, a day after a March 23 statement by its foreign ministry.")]
    [InlineData("2022-03-25", "North Korea, which last fired a missile on March 5, launched an ICBM on Thursday, Seoul said.")]
    [InlineData("2022-03-25", "North Korea launched an ICBM on Thursday, two weeks after its Feb. 27 launch of a reconnaissance satellite component.")]
    [InlineData("2022-03-25", "North Korea fired an ICBM on Thursday. The launch followed a March 20 meeting of the Workers' Party's military commission.")]
    [InlineData("2022-03-25", "North Korea fired an ICBM on Thursday. It was the North's 12th launch this year, after tests on March 5 and Feb. 27.")]
    public void Another_event_s_written_date_does_not_date_the_launch(string published, string text)
    {
        var e = Primary(text, published);
        Assert.Equal("2022-03-24", Got(e.Date));
        Assert.Equal("Thursday", e.Weekday);
    }

    [Theory]
    // No publication day; President Moon Jae-in (2017-05-10..2022-05-10) and Chief Cabinet Secretary Hirokazu Matsuno
    // (2021-10-04..) bound the story to 2021-10-04..2022-05-10: the other events' dates must not make the launch's day.
    [InlineData("North Korea fired an ICBM on Thursday, its first since a test on March 16 that ended in failure, President Moon Jae-in's office said, and Chief Cabinet Secretary Hirokazu Matsuno protested.")]
    [InlineData("North Korea, which last fired a missile on March 5, launched an ICBM on Thursday, President Moon Jae-in said. Chief Cabinet Secretary Hirokazu Matsuno protested.")]
    [InlineData("North Korea fired an ICBM on Thursday, President Moon Jae-in's office said. Chief Cabinet Secretary Hirokazu Matsuno spoke of a meeting on March 20.")]
    public void Without_a_publication_day_another_event_s_date_in_the_bounds_does_not_date_the_launch(string text)
    {
        var e = Primary(text);
        Assert.NotEqual(D("2022-03-16"), e.Date.Earliest);
        Assert.NotEqual(D("2022-03-05"), e.Date.Earliest);
        Assert.NotEqual(D("2022-03-20"), e.Date.Earliest);
        Assert.True(e.Date.Earliest is null || e.Date.Earliest <= D("2022-03-24"), Got(e.Date));
        Assert.True(e.Date.Latest is null || e.Date.Latest >= D("2022-03-24"), Got(e.Date));
    }

    [Theory]
    // Bylines of other web pages, no publication day in the metadata; the launch "on Wednesday", the day before the
    // report (not the Wednesday after the latest date written).
    [InlineData("By Jane Reporter | March 24, 2022 10:23 AM")]
    [InlineData("Posted March 24, 2022 at 10:23 am")]
    [InlineData("24 March 2022 • 10:23am")]
    [InlineData("Last updated on 24 Mar 2022")]
    [InlineData("2022.03.24 10:23")]
    [InlineData("Thursday, March 24, 2022")]
    public void A_byline_s_date_in_other_sites_layouts_dates_the_report(string byline)
    {
        var e = Primary("North Korea fires ICBM\n" + byline + "\nNorth Korea fired an intercontinental ballistic missile on Wednesday, South Korea's military said.");
        Assert.Equal("2022-03-23", Got(e.Date));
    }

    [Fact]
    public void A_hard_wrapped_sentence_with_a_date_is_no_byline()
    {
        // A statement wrapped at 72 characters: the line holding "March 4, 2022" is prose about earlier tests.
        var e = Primary("Statement on the launch\nNorth Korea fired a long-range ballistic missile, the White House said.\nThe statement recalled that the DPRK tests on February 26 and March 4, 2022\ninvolved an ICBM system and that this launch is a violation.");
        Assert.NotEqual(D("2022-02-26"), e.Date.Earliest);
        Assert.NotEqual(D("2022-03-04"), e.Date.Latest);
    }

    [Theory]
    // No publication day: the day the text dates the report to tells US daylight saving for an Eastern time.
    [InlineData("North Korea fires ICBM\nPublished 28 November 2017\nNorth Korea fired an intercontinental ballistic missile at 1:17 p.m. ET on Tuesday, the Pentagon said.", "2017-11-29", "03:17")]
    [InlineData("North Korea fires missile\nJuly 3, 2017\nNorth Korea launched a ballistic missile at 8:40 p.m. EDT on Monday, officials said.", "2017-07-04", "09:40")]
    public void Without_a_publication_day_an_Eastern_time_converts_by_the_day_the_text_gives(string text, string date, string time)
    {
        var e = Primary(text);
        Assert.Equal(date, Got(e.Date));
        Assert.Equal(time, e.TimeLocal);
    }
}
