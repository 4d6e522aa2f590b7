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
    [InlineData("2024-01-14", 1, null, "2024-01-10", 1, "ICBM", true)] // one fact: enough for the only launch of its week
    [InlineData("2024-01-14", null, null, "2024-01-10", 1, "ICBM", false)] // nothing in common but the actor
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
    [InlineData(null, "ICBM", true)] // one fact: enough for the only launch of its window
    [InlineData(null, null, false)] // nothing in common but the actor
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

    [Fact]
    public void A_report_without_a_day_sharing_one_fact_with_two_launches_of_its_week_joins_neither()
    {
        Candidate[] twoLaunches = [new(1, Launch("2024-01-09", rangeClass: "SRBM")), new(2, Launch("2024-01-11", rangeClass: "SRBM"))];
        Assert.Null(EventMatcher.BestMatch(Published("2024-01-16", rangeClass: null), twoLaunches));
    }

    private static LaunchEvent TermsOfOffice(string? name, int count, string? rangeClass) => new()
    {
        Actor = "North Korea",
        Date = new DateBounds(new DateOnly(2017, 1, 20), null, "officeholders in office"),
        Category = Vocabulary.Categories.Ballistic,
        Count = CountRange.Exactly(count),
        RangeClass = rangeClass,
        MissileName = name,
    };

    [Theory]
    // a story dated only by terms of office | the one launch it could be | joins?
    [InlineData("Hwasong-14", 1, "ICBM", true)] // name, count and range class: three facts
    [InlineData(null, 1, "ICBM", true)] // two facts: enough when no other launch fits
    [InlineData(null, 1, null, false)] // a count alone, over years of possible days
    [InlineData("Hwasong-15", 1, "ICBM", false)] // another missile
    [InlineData(null, 2, "ICBM", false)] // another count
    [InlineData("Hwasong-14", 1, "IRBM", true)] // the same missile: its range class was mislabelled
    [InlineData(null, 1, "IRBM", false)] // another range class and no name to outweigh it
    public void A_report_dated_only_by_terms_of_office_needs_three_facts_or_two_and_no_other_launch(string? name, int count, string? rangeClass, bool joins)
    {
        var vague = TermsOfOffice(name, count, rangeClass);
        Assert.Null(EventMatcher.ForMatching(vague).Latest); // a term of office is not closed at a week
        var match = EventMatcher.BestMatch(vague, [new Candidate(9, Launch("2017-07-04", name: "Hwasong-14"))]);
        Assert.Equal(joins ? 9 : null, match);
    }

    [Theory]
    // what the vague story says | which of two launches (July 4: Hwasong-14 ICBM; May 14: Hwasong-12 IRBM) it joins
    [InlineData(null, 1, "ICBM", 9L)] // only the ICBM fits
    [InlineData(null, 1, null, null)] // both fit: a count alone cannot tell them apart
    [InlineData("Hwasong-12", 1, null, 8L)] // the name picks one
    public void A_vague_report_sharing_too_little_joins_only_the_sole_launch_it_fits(string? name, int count, string? rangeClass, long? expected)
    {
        Candidate[] launches = [new(8, Launch("2017-05-14", rangeClass: "IRBM", name: "Hwasong-12")), new(9, Launch("2017-07-04", name: "Hwasong-14"))];
        Assert.Equal(expected, EventMatcher.BestMatch(TermsOfOffice(name, count, rangeClass), launches));
    }

    [Fact]
    public void Two_vague_reports_sharing_two_facts_stay_apart_without_a_launch_day_to_join()
    {
        var other = TermsOfOffice(null, 1, "ICBM") with { Date = new DateBounds(new DateOnly(2021, 1, 20), null, "officeholders in office") };
        Assert.Null(EventMatcher.BestMatch(TermsOfOffice(null, 1, "ICBM"), [new Candidate(3, other)]));
    }

    [Fact]
    public void A_report_with_no_date_at_all_sharing_too_little_joins_no_launch_however_alone_it_is()
    {
        // no publication date, no date in the text, no officeholder: "the sole launch it fits" is only the sole one stored
        var undated = TermsOfOffice(null, 1, "ICBM") with { Date = new DateBounds(null, null, "none") };
        Assert.Null(EventMatcher.BestMatch(undated, [new Candidate(9, Launch("2017-07-04", name: "Hwasong-14"))]));
    }

    [Fact]
    public void A_vague_report_fitting_two_launches_of_the_same_missile_joins_neither()
    {
        Candidate[] twoIcbms = [new(9, Launch("2017-07-04")), new(10, Launch("2017-07-28"))];
        Assert.Null(EventMatcher.BestMatch(TermsOfOffice(null, 1, "ICBM"), twoIcbms));
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
