using Apogee.Core.Model;
using static Apogee.Resolution.Tests.Make;

namespace Apogee.Resolution.Tests;

public sealed class EventMatcherTests
{
    [Theory]
    // date, site, time, category of the existing event | of the new report | same launch?
    [InlineData("2024-01-10", "Sunan", null, "ballistic", "2024-01-10", "Sunan", null, "ballistic", true)]
    [InlineData("2024-01-10", "Sunan", null, "ballistic", "2024-01-11", "Sunan", null, "ballistic", true)] // local vs UTC date slip
    [InlineData("2024-01-10", "Sunan", null, "ballistic", "2024-01-13", "Sunan", null, "ballistic", false)]
    [InlineData("2024-01-10", "Sunan", null, "ballistic", "2024-01-09..2024-01-10", null, null, "unknown", true)] // unknown site and category
    [InlineData("2024-01-10", "Sunan", null, "ballistic", "2024-01-10", "Pyongyang", null, "ballistic", true)] // nearby
    [InlineData("2024-01-10", "Sunan", null, "ballistic", "2024-01-10", "Sinpo", null, "ballistic", false)] // distant sites
    [InlineData("2024-01-10", "Sinpo", null, "ballistic", "2024-01-10", "A", null, "ballistic", false)] // two named facilities
    [InlineData("2024-01-10", "Sunan", null, "ballistic", "2024-01-10", "Sunan", null, "hypersonic", true)]
    [InlineData("2024-01-10", "Sunan", null, "ballistic", "2024-01-10", "Sunan", null, "cruise", false)]
    [InlineData("2024-01-10", "Sunan", "07:30", "ballistic", "2024-01-10", "Sunan", "07:50", "ballistic", true)]
    [InlineData("2024-01-10", "Sunan", "07:30", "ballistic", "2024-01-10", "Sunan", "13:00", "ballistic", false)] // hours apart
    [InlineData(null, "Sunan", "07:30", "ballistic", "2024-01-10", "Sunan", "07:30", "ballistic", true)] // undated but same place and time
    [InlineData(null, null, null, "ballistic", "2024-01-10", null, null, "ballistic", false)] // undated, nothing shared
    [InlineData("2024-01-10", null, null, "ballistic", "?..2024-01-12", null, null, "ballistic", true)] // news: within the week before
    [InlineData("2021-05-10", null, null, "ballistic", "?..2024-01-12", null, null, "ballistic", false)] // not years before
    [InlineData("2024-01-10", "A", null, "ballistic", "2021-01-01..2024-12-31", null, null, "ballistic", false)] // vague, nothing shared
    [InlineData("2024-01-10", "Sunan", null, "ballistic", "2021-01-01..2024-12-31", "Sunan", null, "ballistic", false)] // vague, a site alone
    [InlineData("2024-01-10", "Sunan", "07:30", "ballistic", "2021-01-01..2024-12-31", "Sunan", "07:40", "ballistic", true)] // vague, site and time
    [InlineData(null, "Sunan", null, "ballistic", "2024-01-10", "Sunan", null, "ballistic", false)] // undated, a busy site alone
    public void Decides_whether_two_accounts_are_one_launch(
        string? d1, string? s1, string? t1, string c1, string? d2, string? s2, string? t2, string c2, bool same)
    {
        var existing = new Candidate(7, Event(d1, s1, t1, c1));
        Assert.Equal(same ? 7 : null, EventMatcher.BestMatch(Event(d2, s2, t2, c2), [existing]));
    }

    [Theory]
    [InlineData("primary", "?..2024-01-12", "2024-01-05..2024-01-12")]
    [InlineData("primary", "2024-01-12..?", "2024-01-12..2024-01-19")]
    [InlineData("reference", "?..2024-01-12", "?..2024-01-12")]
    [InlineData("primary", "2024-01-10", "2024-01-10")]
    public void Open_bounds_of_news_reports_close_at_a_week(string role, string dates, string expected)
    {
        var m = EventMatcher.ForMatching(Event(dates) with { Role = role });
        Assert.Equal(Dates(expected) with { Basis = "" }, m with { Basis = "" });
    }

    [Fact]
    public void Another_actor_is_another_launch()
    {
        Assert.Null(EventMatcher.Score(Event("2024-01-10", "Sunan"), Event("2024-01-10", "Sunan", actor: "Iran")));
    }

    [Fact]
    public void The_best_scoring_candidate_wins_and_ties_go_to_the_oldest()
    {
        var report = Event("2024-01-10", "Sunan", "07:30");
        var loose = new Candidate(1, Event("2024-01-09..2024-01-11"));
        var exact = new Candidate(2, Event("2024-01-10", "Sunan", "07:31"));
        var twin = new Candidate(3, Event("2024-01-10", "Sunan", "07:31"));
        Assert.Equal(2, EventMatcher.BestMatch(report, [twin, loose, exact]));
    }

    [Theory]
    // the event's category and missile | the report's | same launch? (same day, same site)
    [InlineData("ballistic", "KN-23", "cruise", "KN-23", true)] // the same weapon: one of the categories is a mislabel
    [InlineData("ballistic", "KN-23", "cruise", null, false)] // a cruise missile the day of a ballistic launch is another launch
    [InlineData("ballistic", "KN-23", "cruise", "Hwasal-1", false)] // two weapons
    [InlineData("space_launch", "Chollima-1", "ballistic", "Chollima-1", true)] // a satellite rocket called a missile
    public void The_same_missile_name_outweighs_categories_that_disagree(string c1, string? n1, string c2, string? n2, bool same)
    {
        var existing = new Candidate(7, Event("2024-01-10", "Sunan", "07:30", c1) with { MissileName = n1 });
        Assert.Equal(same ? 7 : null, EventMatcher.BestMatch(Event("2024-01-10", "Sunan", "07:40", c2) with { MissileName = n2 }, [existing]));
    }

    [Fact]
    public void A_category_that_disagrees_costs_a_point_so_a_report_of_the_right_category_fits_better()
    {
        var report = Event("2024-01-10", "Sunan", "07:30", "cruise") with { MissileName = "KN-23" };
        Candidate[] events = [new(1, Event("2024-01-10", "Sunan", "07:30") with { MissileName = "KN-23" }), new(2, Event("2024-01-10", "Sunan", "07:30", "cruise") with { MissileName = "KN-23" })];
        Assert.Equal(2, EventMatcher.BestMatch(report, events));
    }

    [Theory]
    [InlineData("unknown", "cruise", true)]
    [InlineData("ballistic", "hypersonic", true)]
    [InlineData("ballistic", "space_launch", false)]
    [InlineData("cruise", "rocket_artillery", false)]
    public void Category_compatibility(string a, string b, bool compatible) =>
        Assert.Equal(compatible, EventMatcher.CategoriesCompatible(a, b));

    [Fact]
    public void Distance_is_great_circle_km()
    {
        Assert.InRange(GeoDistance.Km(Sunan.Lat!.Value, Sunan.Lon!.Value, Sinpo.Lat!.Value, Sinpo.Lon!.Value), 230, 250);
        Assert.Equal(0, GeoDistance.Km(40, 125, 40, 125), 6);
        _ = Vocabulary.Categories.All;
    }
}
