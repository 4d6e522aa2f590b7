using Apogee.Core.Model;
using static Apogee.Resolution.Tests.Make;
using F = Apogee.Core.Model.Vocabulary.Fields;
using S = Apogee.Core.Model.Vocabulary.Sources;

namespace Apogee.Resolution.Tests;

public sealed class ConsolidatorTests
{
    public static TheoryData<string, IdentifiedClaim[], double, long[], bool> Figures => new()
    {
        { "military over media", [Claim(1, F.RangeKm, 800, S.Media), Claim(2, F.RangeKm, 700, S.SouthKorea)], 700, [2], true },
        { "exact over a bound", [Claim(1, F.RangeKm, 600, S.Japan, Vocabulary.Qualifiers.AtLeast), Claim(2, F.RangeKm, 650, S.Japan)], 650, [2], true },
        { "most reported", [Claim(1, F.RangeKm, 500, S.Japan), Claim(2, F.RangeKm, 550, S.SouthKorea), Claim(3, F.RangeKm, 550, S.UnitedStates)], 550, [2, 3], true },
        { "the larger figure breaks ties", [Claim(5, F.RangeKm, 300, S.Japan), Claim(4, F.RangeKm, 350, S.SouthKorea)], 350, [4], true },
        { "a tie does not go to the earlier claim", [Claim(4, F.RangeKm, 300, S.Japan), Claim(5, F.RangeKm, 350, S.SouthKorea)], 350, [5], true },
        { "agreement is no conflict", [Claim(1, F.RangeKm, 1000, S.Japan), Claim(2, F.RangeKm, 1000, S.Media)], 1000, [1, 2], false },
        { "North Korea over media for figures", [Claim(1, F.RangeKm, 1200, S.Media), Claim(2, F.RangeKm, 1100, S.NorthKorea)], 1100, [2], true },
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void Figures_follow_the_documented_rule(string why, IdentifiedClaim[] claims, double expected, long[] ids, bool conflict)
    {
        var reports = claims.Select((c, i) => Report(i + 1, Event("2024-01-10", "Sunan"), c)).ToList();
        var result = Consolidator.Consolidate(reports);
        Assert.Equal(expected, result.Event.RangeKm);
        var x = result.Explanations.Single(e => e.Field == F.RangeKm);
        Assert.Equal(ids, x.ClaimIds);
        Assert.Equal(conflict, x.Conflict);
        Assert.Equal(ResolutionRules.Figure, x.Rule);
        Assert.False(string.IsNullOrEmpty(why));
    }

    [Theory]
    // reports' date intervals | consolidated | conflict
    [InlineData("2024-01-09..2024-01-11", "2024-01-10..2024-01-12", "2024-01-10..2024-01-11", false)]
    [InlineData("2024-01-10", "2024-01-09..2024-01-10", "2024-01-10", false)]
    [InlineData("2024-01-10", "?..2024-01-12", "2024-01-10", false)]
    [InlineData("2024-01-10", "2024-01-11", "2024-01-10", true)] // local vs UTC day: disagree, earliest of equals
    public void Date_is_the_intersection_when_consistent(string a, string b, string expected, bool conflict)
    {
        var result = Consolidator.Consolidate([Report(1, Event(a)), Report(2, Event(b))]);
        Assert.Equal(Dates(expected) with { Basis = "" }, result.Event.Date with { Basis = "" });
        Assert.Equal(conflict, result.Explanations.Single(e => e.Field == F.Date).Conflict);
    }

    [Fact]
    public void Names_prefer_north_koreas_own_and_text_fields_prefer_militaries()
    {
        var a = Report(1, Event("2024-01-10", "Sunan") with { MissileName = "KN-23", RangeClass = "SRBM" }, Text(1, F.MissileName, "KN-23", S.SouthKorea), Text(2, F.RangeClass, "SRBM", S.SouthKorea));
        var b = Report(2, Event("2024-01-10", "Sunan") with { MissileName = "Hwasong-11", RangeClass = "MRBM" }, Text(3, F.MissileName, "Hwasong-11", S.NorthKorea), Text(4, F.RangeClass, "MRBM", S.Media));
        var result = Consolidator.Consolidate([a, b]);
        Assert.Equal("Hwasong-11", result.Event.MissileName);
        Assert.Equal("SRBM", result.Event.RangeClass);
        Assert.True(result.Explanations.Single(e => e.Field == F.MissileName).Conflict);
    }

    [Fact]
    public void Count_prefers_an_exact_count_from_a_military()
    {
        var a = Report(1, Event("2024-01-10"), new IdentifiedClaim(1, new Claim(F.Count, ClaimValue.Of(CountRange.AtLeast(1)), Vocabulary.Qualifiers.AtLeast, S.Japan, null, "q", 0, 1)));
        var b = Report(2, Event("2024-01-10"), new IdentifiedClaim(2, new Claim(F.Count, ClaimValue.Of(CountRange.Exactly(2)), Vocabulary.Qualifiers.Exact, S.SouthKorea, null, "q", 0, 1)));
        var result = Consolidator.Consolidate([a, b]);
        Assert.Equal(CountRange.Exactly(2), result.Event.Count);
    }

    [Fact]
    public void Specific_site_wins_and_a_province_containing_it_is_no_conflict()
    {
        var result = Consolidator.Consolidate([Report(1, Event("2024-01-10", "Jagang")), Report(2, Event("2024-01-10", "Sunan")), Report(3, Event("2024-01-10", "Pyongyang"))]);
        Assert.Equal("Sunan", result.Event.Site!.Name);
        Assert.False(result.Explanations.Single(e => e.Field == F.Site).Conflict);
    }

    [Fact]
    public void Reference_only_events_are_marked_and_primary_reports_take_over()
    {
        var onlyRef = Consolidator.Consolidate([Reference(1, Event("2024-01-09..2024-01-11", category: "unknown"))]);
        Assert.True(onlyRef.ReferenceOnly);
        Assert.Equal(Vocabulary.Roles.Reference, onlyRef.Event.Role);
        var merged = Consolidator.Consolidate([Reference(1, Event("2024-01-01..2024-01-20")), Report(2, Event("2024-01-10", category: "hypersonic"))]);
        Assert.False(merged.ReferenceOnly);
        Assert.Equal(Dates("2024-01-10").Earliest, merged.Event.Date.Earliest);
        Assert.Equal("hypersonic", merged.Event.Category);
    }

    [Fact]
    public void Consolidation_does_not_depend_on_report_order()
    {
        var reports = new[]
        {
            Report(1, Event("2024-01-10", "Sunan"), Claim(1, F.RangeKm, 800, S.Media)),
            Report(2, Event("2024-01-10", "Pyongyang", "07:30"), Claim(2, F.RangeKm, 700, S.Japan)),
            Report(3, Event("2024-01-09..2024-01-10"), Claim(3, F.ApogeeKm, 50, S.SouthKorea)),
        };
        var forward = Consolidator.Consolidate(reports);
        var backward = Consolidator.Consolidate(reports.Reverse().ToList());
        Assert.Equal(forward.Event, backward.Event);
        Assert.Equal(forward.Explanations.Select(e => (e.Field, e.Value, e.Conflict)), backward.Explanations.Select(e => (e.Field, e.Value, e.Conflict)));
    }

    [Fact]
    public void Diff_reports_new_events_and_changed_watched_fields()
    {
        var before = Event("2024-01-10", "Sunan") with { RangeKm = 700 };
        var after = before with { RangeKm = 750, Category = "hypersonic" };
        Assert.Equal(EventDiff.NewEvent, Assert.Single(EventDiff.Changes(3, null, after)).Field);
        var changes = EventDiff.Changes(3, before, after);
        Assert.Equal([F.RangeKm, F.Category], changes.Select(c => c.Field));
        Assert.Equal(("700", "750"), (changes[0].Before, changes[0].After));
    }

    [Theory]
    [InlineData("reference", "2024-01-03..2024-01-09", true)]
    [InlineData("reference", "2024-01-01..2024-03-01", false)]
    [InlineData("reference", "?..2024-01-09", false)]
    [InlineData("reference", null, false)]
    [InlineData("primary", null, true)]
    public void Only_well_dated_references_create_events(string role, string? dates, bool creates) =>
        Assert.Equal(creates, ReferencePolicy.MayCreateEvent(Event(dates) with { Role = role }));
}
