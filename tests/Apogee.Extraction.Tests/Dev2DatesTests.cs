using System.Globalization;
using Apogee.Extraction.Dates;
using Apogee.Knowledge;

namespace Apogee.Extraction.Tests;

/// <summary>
/// Whose day a day word names, and the launch day told by the story as a whole (synthetic sentences written for
/// these tests in the styles of wire, US, British and Korean outlets).
/// </summary>
public class Dev2DatesTests
{
    private static readonly DateResolver Resolver = new();

    private static DateOnly? D(string? s) => s is null ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("North Korea fired two short-range ballistic missiles toward the East Sea on Friday, South Korea's military said.", "Friday", DayRole.Launch)]
    [InlineData("The North's attempted missile launch on Sunday ended in failure, the agency reported.", "Sunday", DayRole.Launch)]
    [InlineData("A rocket exploded early Saturday shortly after lift-off.", "Saturday", DayRole.Launch)]
    [InlineData("Officials confirmed another missile test by the North Friday morning local time.", "Friday", DayRole.Launch)]
    [InlineData("The leader personally watched Thursday's launch of the new rocket.", "Thursday", DayRole.Launch)]
    [InlineData("On Monday, North Korea launched a ballistic missile into the sea.", "Monday", DayRole.Launch)]
    [InlineData("Pyongyang on Tuesday fired a cruise missile, the military said.", "Tuesday", DayRole.Launch)]
    [InlineData("A defence official said on Wednesday morning that the North had fired a missile.", "Wednesday", DayRole.Other)]
    [InlineData("Tokyo on Tuesday said such provocations were unacceptable.", "Tuesday", DayRole.Other)]
    [InlineData("The Security Council condemned the launch on Monday.", "Monday", DayRole.Launch)]
    [InlineData("The ambassador told the council in a speech before the assembly Wednesday that the test was an escalation.", "Wednesday", DayRole.Other)]
    [InlineData("The premier's comments Saturday came a day after the country fired its latest missile.", "Saturday", DayRole.Other)]
    [InlineData("Two bombers flew over the peninsula on Saturday in response to the missile test.", "Saturday", DayRole.Other)]
    [InlineData("On Tuesday, the United States will test its missile defence system.", "Tuesday", DayRole.NotThisDay)]
    [InlineData("It was the third launch since last Sunday.", "Sunday", DayRole.NotThisDay)]
    [InlineData("State media said that on Saturday the army held a test of a new missile.", "Saturday", DayRole.Launch)]
    [InlineData("The agency said that on Saturday the army fired a new missile.", "Saturday", DayRole.Launch)]
    [InlineData("The foreign minister on Friday denied that talks had stalled.", "Friday", DayRole.Other)]
    [InlineData("The carrier rocket blasted off at 9 a.m. Sunday (7:30 p.m. ET Saturday), entering orbit.", "Saturday", DayRole.NotThisDay)]
    [InlineData("The missile lifted off at 7:27 a.m. Wednesday local time (2227 GMT Tuesday).", "Tuesday", DayRole.NotThisDay)]
    [InlineData("The leader signed the order to launch on Saturday, the announcer said.", "Saturday", DayRole.Neutral)]
    [InlineData("The latest launch came after the leader inspected the test-firing of an anti-air missile on Wednesday.", "Wednesday", DayRole.NotThisDay)]
    [InlineData("Tensions rose ahead of the April 15 anniversary of the founder's birth.", "April 15", DayRole.Other)]
    [InlineData("The North had given a Feb. 8-25 time frame for the launch.", "Feb. 8", DayRole.NotThisDay)]
    [InlineData("The drill was staged on July 26, a day before the anniversary of the armistice.", "July 26", DayRole.Launch)]
    [InlineData("The president on Wednesday seemed to cast aside the idea after the regime's test of an intercontinental missile.", "Wednesday", DayRole.Other)]
    [InlineData("Pyongyang on Wednesday hailed the success of its test of a new missile.", "Wednesday", DayRole.Other)]
    public void A_day_word_is_the_launch_s_only_when_the_words_around_it_tell_of_the_launch(string sentence, string day, DayRole expected)
    {
        var at = sentence.IndexOf(day, StringComparison.Ordinal);
        Assert.Equal(expected, DayMentionClassifier.Classify(sentence, at, at + day.Length));
    }

    [Theory]
    // published Saturday 2017-04-15 (a US paper); the launch sentence dates only a statement, the story tells the launch's day.
    [InlineData("The failed launch was not an ICBM, a U.S. official said on Saturday.", "The North's attempted missile launch on Sunday ended in failure, the agency reported.", "2017-04-15", "2017-04-16", "Sunday")]
    [InlineData("The council condemned the firing of a missile over Japan.", "Tuesday's test was of the same type the North had threatened to use.", "2017-08-30", "2017-08-29", "Tuesday")]
    [InlineData("Make no mistake, this launch is an escalation, she said in a speech before the council Wednesday.", "The North test-launched an intercontinental ballistic missile Tuesday, which it said could reach Alaska.", "2017-07-05", "2017-07-04", "Tuesday")]
    [InlineData("The leader's comments Saturday came a day after the country fired its latest missile over Japan.", "The state agency praised the crews.", "2017-09-16", "2017-09-15", "Friday")]
    [InlineData("Seoul's defence ministry said Thursday that the North had fired a new missile.", "The test, conducted the previous day, was the third this month.", "2023-03-16", "2023-03-15", "Wednesday")]
    public void The_launch_day_is_the_one_told_of_the_launch_not_of_a_statement(string launchSentence, string storySentence, string published, string day, string weekday)
    {
        var r = Resolver.Resolve(new DateEvidence(D(published), null, false, [launchSentence, storySentence], [launchSentence, storySentence], [], []));
        Assert.Equal(D(day), r.Bounds.Earliest);
        Assert.Equal(D(day), r.Bounds.Latest);
        Assert.Equal(weekday, r.Weekday);
    }

    [Theory]
    [InlineData("The Pentagon said it tracked a launch at 10:40 a.m. Hawaii time May 28.", "2017-05-29", "05:40")]
    [InlineData("The missile was launched at 4:30 p.m. EDT on July 3, U.S. officials said.", "2017-07-04", "05:30")]
    [InlineData("The rocket lifted off at 2230 GMT, or 22:30 GMT on Nov. 28.", "2017-11-29", "07:30")]
    public void A_launch_time_in_another_zone_moves_the_day_and_the_clock_to_the_launch_site(string sentence, string day, string time)
    {
        var r = Resolver.Resolve(new DateEvidence(D(day)!.Value.AddDays(1), null, false, [sentence], [sentence], []));
        Assert.Equal(D(day), r.Bounds.Earliest);
        Assert.Contains(TimeFinder.Find(sentence, D(day)), f => f.Value.Text == time);
    }

    [Theory]
    [InlineData("North Korea launched a missile Monday night Washington time.", "2017-11-28", "2017-11-28", "Tuesday")]
    [InlineData("The North fired an ICBM on Tuesday evening ET, the Pentagon said.", "2017-11-29", "2017-11-29", "Wednesday")]
    [InlineData("Pyongyang launched the rocket on Sunday morning Eastern Time.", "2017-11-27", "2017-11-26", "Sunday")]
    public void A_part_of_day_in_a_US_zone_is_the_next_day_in_Korea_unless_it_is_a_US_morning(string sentence, string published, string day, string weekday)
    {
        var r = Resolver.Resolve(new DateEvidence(D(published), null, false, [sentence], [sentence], []));
        Assert.Equal(D(day), r.Bounds.Earliest);
        Assert.Equal(weekday, r.Weekday);
    }

    [Fact]
    public void A_person_with_two_terms_and_nothing_else_bounds_the_launch_from_the_first_term_on()
    {
        var first = new Officeholder("Ann Example", "President", "United States", D("2017-01-20")!.Value, D("2021-01-20"), ["Ann Example"]);
        var second = first with { From = D("2025-01-20")!.Value, To = null };
        const string text = "President Ann Example condemned the launch.";
        var r = Resolver.Resolve(new DateEvidence(null, null, false, ["It fired a missile on Tuesday."], [text], [new OfficeholderMention(first, 10, 11, "Ann Example"), new OfficeholderMention(second, 10, 11, "Ann Example")]));
        Assert.Equal(D("2017-01-20"), r.Bounds.Earliest);
        Assert.Null(r.Bounds.Latest);
    }

    [Fact]
    public void A_person_with_two_terms_contributes_the_term_holding_a_date_written_in_the_text()
    {
        var first = new Officeholder("Ann Example", "President", "United States", D("2017-01-20")!.Value, D("2021-01-20"), ["Ann Example"]);
        var second = first with { From = D("2025-01-20")!.Value, To = null };
        const string text = "President Ann Example wrote on May 29, 2017 that the launch was disrespectful.";
        var r = Resolver.Resolve(new DateEvidence(null, null, false, ["It fired a missile."], [text], [new OfficeholderMention(first, 10, 11, "Ann Example"), new OfficeholderMention(second, 10, 11, "Ann Example")]));
        Assert.Equal(D("2017-05-29"), r.Bounds.Earliest);
        Assert.Equal(D("2021-01-20"), r.Bounds.Latest);
    }

    [Theory]
    [InlineData("The foreign minister appeared to confirm Tuesday night that the regime has an ICBM.", null)]
    [InlineData("Residents poured into the streets after a noon announcement to celebrate the launch.", null)]
    [InlineData("Diplomats said the meeting would most likely be Tuesday afternoon.", null)]
    [InlineData("The missiles were fired from an area near the capital during the afternoon hours.", "afternoon")]
    [InlineData("The North fired a missile on Friday morning, the military said.", "morning")]
    [InlineData("The nighttime launch of the missile caught observers off guard.", "night")]
    public void A_part_of_day_of_a_statement_or_a_meeting_is_not_the_launch_s(string sentence, string? expected)
    {
        Assert.Equal(expected, TimeFinder.PartOfDayWord(sentence));
    }

    [Theory]
    [InlineData("The rocket blasted off from the coastal pad, northwest of the capital, shortly before 10 a.m., days after a delay was announced.", "10:00")]
    [InlineData("The missile was fired at 5:58 a.m. local time before breaking into three pieces.", "05:58")]
    [InlineData("The missile passed over the northern island at around 07:06, the alert system said.", null)]
    [InlineData("Residents celebrated after a noon announcement at 12:00 of the launch.", null)]
    public void A_time_further_down_the_story_is_the_launch_s_when_a_launch_word_tells_of_it(string sentence, string? expected)
    {
        var report = LaunchExtractor.CreateDefault().Extract(new Apogee.Core.Model.CleanDocument("t", "memory",
            "North Korea launched a long-range rocket on Wednesday, officials said.\nThe launch drew condemnation.\nLeaders met.\nMarkets were calm.\nOfficials spoke.\nAnalysts wrote.\nDiplomats met.\n" + sentence,
            new Apogee.Core.Model.DocumentMetadata(new DateOnly(2012, 12, 12)), [], []));
        Assert.Equal(expected, report.Primary?.TimeLocal);
    }

    /// <summary>Short reports in outlets' styles: published day, text, expected date (yyyy-MM-dd or a..b) and weekday.</summary>
    [Theory]
    // Yonhap: the weekday after the launched thing and the sea, attribution after a comma.
    [InlineData("2023-03-16", "SEOUL, March 16 (Yonhap) -- North Korea fired a long-range ballistic missile toward the East Sea on Thursday, the Joint Chiefs of Staff said.", "2023-03-16", "Thursday")]
    // AP: the weekday between the actor and the verb.
    [InlineData("2022-11-03", "North Korea on Thursday fired an intercontinental ballistic missile, South Korean officials said. Japan's defense minister said Wednesday that drills were planned.", "2022-11-03", "Thursday")]
    // Guardian/US paper: the lead dates only the statement; the story dates the launch with a possessive.
    [InlineData("2017-09-16", "The leader said on Saturday that the country was close to its goal, a day after it fired its latest missile over Japan.\nThe agency said the crews performed well.\nHe supervised Friday's launch of the intermediate-range missile.", "2017-09-15", "Friday")]
    // KCNA-style: the statement day, then the test "the previous day" in the next sentence.
    [InlineData("2024-01-15", "Pyongyang, January 15 (KCNA) -- The Missile Administration said on Monday it had conducted a test-fire of a solid-fuel missile.\nThe test, conducted the previous day, confirmed the reliability of the new engine.", "2024-01-14", "Sunday")]
    // NHK/Kyodo: a photo caption of an older launch and a meeting day do not date the launch.
    [InlineData("2023-04-13", "North Korea launched a ballistic missile this morning, the government said.\nA file photo taken on March 16 shows an earlier launch.\nThe security council will meet on Friday.", "2023-04-13", "Thursday")]
    // BBC/Guardian: day before month, no year.
    [InlineData("2017-07-05", "North Korea fired a ballistic missile on 4 July, the South Korean military said. The Security Council met on 5 July.", "2017-07-04", "Tuesday")]
    [InlineData("2024-06-27", "North Korea launched a multiple-warhead missile on the 26th June, state media said.", "2024-06-26", "Wednesday")]
    // US paper a day behind: a Washington-time evening is the next day in Korea.
    [InlineData("2017-11-28", "North Korea launched a ballistic missile Tuesday afternoon Washington time, the Pentagon said.", "2017-11-29", "Wednesday")]
    public void Reports_date_the_launch_not_the_statement_the_photo_or_the_meeting(string published, string text, string date, string? weekday)
    {
        var report = LaunchExtractor.CreateDefault().Extract(new Apogee.Core.Model.CleanDocument("t", "memory", text,
            new Apogee.Core.Model.DocumentMetadata(D(published)), [], []));
        var e = report.Primary;
        Assert.NotNull(e);
        var got = e.Date.Earliest == e.Date.Latest ? $"{e.Date.Earliest:yyyy-MM-dd}" : $"{e.Date.Earliest:yyyy-MM-dd}..{e.Date.Latest:yyyy-MM-dd}";
        Assert.Equal(date, got);
        Assert.Equal(weekday, e.Weekday);
    }
}
