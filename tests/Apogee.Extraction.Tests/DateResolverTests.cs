using System.Globalization;
using Apogee.Extraction.Dates;
using Apogee.Knowledge;

namespace Apogee.Extraction.Tests;

public class DateResolverTests
{
    private static readonly DateResolver Resolver = new();

    private static DateOnly? D(string? s) => s is null ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    // published is a Tuesday (2022-01-11); a launch dated to a day has that day's weekday, also where the text names none
    [InlineData("North Korea fired a missile on Tuesday.", "2022-01-11", "2022-01-11", "2022-01-11", "Tuesday")]
    [InlineData("North Korea fired a missile on Wednesday morning.", "2022-01-11", "2022-01-12", "2022-01-12", "Wednesday")] // US paper a day behind
    [InlineData("North Korea fired a missile on Thursday.", "2022-01-11", "2022-01-06", "2022-01-06", "Thursday")]
    [InlineData("North Korea fired a missile on Jan. 9.", "2022-01-11", "2022-01-09", "2022-01-09", "Sunday")]
    [InlineData("North Korea fired a missile on Dec. 30.", "2022-01-03", "2021-12-30", "2021-12-30", "Thursday")] // year rolls back
    [InlineData("North Korea fired a missile yesterday.", "2022-01-11", "2022-01-10", "2022-01-10", "Monday")]
    [InlineData("North Korea fired a missile this morning.", "2022-01-11", "2022-01-11", "2022-01-11", "Tuesday")]
    [InlineData("North Korea fired a missile, officials said.", "2022-01-11", "2022-01-10", "2022-01-11", null)]
    [InlineData("North Korea said Monday it fired a missile.", "2022-01-11", "2022-01-10", "2022-01-11", null)] // the weekday dates the statement
    [InlineData("North Korea fired a missile on March 3, 2017.", "2017-03-04", "2017-03-03", "2017-03-03", "Friday")]
    public void Resolves_against_the_publication_day(string sentence, string published, string? earliest, string? latest, string? weekday)
    {
        var r = Resolver.Resolve(new DateEvidence(D(published), null, false, [sentence], [sentence], []));
        Assert.Equal(D(earliest), r.Bounds.Earliest);
        Assert.Equal(D(latest), r.Bounds.Latest);
        Assert.Equal(weekday, r.Weekday);
    }

    [Fact]
    public void Without_publication_a_caption_date_bounds_a_weekday_to_the_first_such_day_after_it()
    {
        // A caption of the day's scene (a file photo of an older launch is no near day: DateProbeGTests).
        const string caption = "People watch a news broadcast at Seoul Station on Thursday, March 28, 2024. (Wire)";
        var r = Resolver.Resolve(new DateEvidence(null, null, false, ["The military fired a missile on Tuesday morning."], ["Body text.", caption], []));
        Assert.Equal(D("2024-04-02"), r.Bounds.Earliest);
        Assert.Equal(D("2024-04-02"), r.Bounds.Latest);
    }

    [Fact]
    public void Without_publication_officeholders_in_office_bound_the_interval()
    {
        var holder = new Officeholder("Ann Example", "Prime Minister", "Japan", D("2021-10-04")!.Value, D("2024-10-01"), ["Ann Example"]);
        var text = "Prime Minister Ann Example condemned the launch.";
        var r = Resolver.Resolve(new DateEvidence(null, null, false, ["It fired a missile on Tuesday."], [text], [new OfficeholderMention(holder, 15, 11, "Ann Example")]));
        Assert.Equal(D("2021-10-04"), r.Bounds.Earliest);
        Assert.Equal(D("2024-10-01"), r.Bounds.Latest);
        Assert.Equal("Tuesday", r.Weekday);
    }

    [Fact]
    public void A_state_agency_announcement_of_latest_launches_without_a_day_is_open_to_the_past()
    {
        var r = Resolver.Resolve(new DateEvidence(D("2006-07-07"), null, true, ["The latest missile launches were routine."], [""], []));
        Assert.Null(r.Bounds.Earliest);
        Assert.Equal(D("2006-07-07"), r.Bounds.Latest);
    }

    [Theory]
    [InlineData("2022-01-11", DayOfWeek.Wednesday, "2022-01-05")]
    [InlineData("2022-01-11", DayOfWeek.Tuesday, "2022-01-04")]
    [InlineData("2022-01-11", DayOfWeek.Monday, "2022-01-10")]
    public void Last_weekday_is_the_one_strictly_before_the_anchor(string anchor, DayOfWeek day, string expected)
    {
        Assert.Equal(D(expected), DateResolver.LastBefore(D(anchor)!.Value, day));
    }
}
