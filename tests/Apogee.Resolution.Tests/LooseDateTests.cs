using Apogee.Core.Model;
using static Apogee.Resolution.Tests.Make;

namespace Apogee.Resolution.Tests;

/// <summary>Reports that name no day (publication windows) and reports dated only by months or years.</summary>
public sealed class LooseDateTests
{
    private const string NoDay = "no day: published-1..published";

    private static LaunchEvent Published(string published, int? count = 1, string? rangeClass = "ICBM", string? name = null)
    {
        var day = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
        return new LaunchEvent
        {
            Actor = "North Korea",
            Date = new DateBounds(day.AddDays(-1), day, NoDay),
            Category = Vocabulary.Categories.Ballistic,
            Count = count is { } n ? CountRange.Exactly(n) : null,
            RangeClass = rangeClass,
            MissileName = name,
        };
    }

    private static LaunchEvent Launch(string day, int count = 1, string? rangeClass = "ICBM", string? name = null, string? site = null, string? time = null) =>
        Event(day, site, time) with { Count = CountRange.Exactly(count), RangeClass = rangeClass, MissileName = name };

    [Theory]
    // a story published days after the launch, naming no day | the launch | joins?
    [InlineData("2024-01-14", 1, "ICBM", "2024-01-10", 1, "ICBM", true)] // count and range class agree within the week
    [InlineData("2024-01-14", 2, "ICBM", "2024-01-10", 1, "ICBM", false)] // another count
    [InlineData("2024-01-14", 1, "SRBM", "2024-01-10", 1, "ICBM", false)] // another range class
    [InlineData("2024-01-14", 1, null, "2024-01-10", 1, "ICBM", false)] // one fact in common is not enough
    [InlineData("2024-01-20", 1, "ICBM", "2024-01-10", 1, "ICBM", false)] // ten days before publication: not this story's launch
    [InlineData("2024-01-11", null, null, "2024-01-10", 1, "ICBM", true)] // its own guess (published-1..published) meets the launch
    public void A_report_without_a_day_joins_a_launch_of_its_publication_window_when_what_it_says_agrees(
        string published, int? count, string? rangeClass, string day, int launchCount, string launchClass, bool joins)
    {
        var match = EventMatcher.BestMatch(Published(published, count, rangeClass), [new Candidate(4, Launch(day, launchCount, launchClass))]);
        Assert.Equal(joins ? 4 : null, match);
    }

    [Theory]
    // a reaction "days after" the launch, open to the past and two days before publication at the latest | joins?
    [InlineData(1, "ICBM", true)] // two facts within its publication window, as any report without a day
    [InlineData(null, "ICBM", false)] // one fact is not enough
    [InlineData(2, "ICBM", false)] // another count
    public void A_report_told_days_after_the_launch_is_read_within_its_publication_window(int? count, string? rangeClass, bool joins)
    {
        var daysAfter = Published("2024-01-14", count, rangeClass) with
        {
            Date = new DateBounds(null, new DateOnly(2024, 1, 12), "no day, a reaction days after the launch: on or before published-2"),
        };
        Assert.Equal(joins ? 4 : null, EventMatcher.BestMatch(daysAfter, [new Candidate(4, Launch("2024-01-10"))]));
    }

    [Fact]
    public void A_report_without_a_day_that_fits_two_launches_equally_joins_neither()
    {
        Candidate[] twoLaunches = [new(1, Launch("2024-01-09")), new(2, Launch("2024-01-11"))];
        Assert.Null(EventMatcher.BestMatch(Published("2024-01-13"), twoLaunches));
    }

    [Theory]
    [InlineData("Hwasong-14", 1, "ICBM", true)] // name, count and range class: three facts
    [InlineData(null, 1, "ICBM", false)] // two facts over years of possible days
    [InlineData("Hwasong-15", 1, "ICBM", false)] // another missile
    public void A_report_dated_only_by_terms_of_office_needs_three_facts_in_common(string? name, int count, string rangeClass, bool joins)
    {
        var vague = new LaunchEvent
        {
            Actor = "North Korea",
            Date = new DateBounds(new DateOnly(2017, 1, 20), null, "officeholders in office"),
            Category = Vocabulary.Categories.Ballistic,
            Count = CountRange.Exactly(count),
            RangeClass = rangeClass,
            MissileName = name,
        };
        Assert.Null(EventMatcher.ForMatching(vague).Latest); // a term of office is not closed at a week
        var match = EventMatcher.BestMatch(vague, [new Candidate(9, Launch("2017-07-04", name: "Hwasong-14"))]);
        Assert.Equal(joins ? 9 : null, match);
    }

    [Fact]
    public void An_event_dated_by_a_launch_day_and_a_later_no_day_report_keeps_the_launch_day()
    {
        var launch = Report(1, Launch("2024-01-10"));
        var late = Report(2, Published("2024-01-14"));
        var c = Consolidator.Consolidate([launch, late]);
        Assert.Equal(Dates("2024-01-10") with { Basis = "" }, c.Event.Date with { Basis = "" });
        var why = Assert.Single(c.Explanations, e => e.Field == Vocabulary.Fields.Date);
        Assert.False(why.Conflict);
        Assert.Equal(ResolutionRules.DateWindowIntersection, why.Rule);
    }
}
