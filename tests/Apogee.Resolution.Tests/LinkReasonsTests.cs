using Apogee.Core.Model;
using static Apogee.Resolution.Tests.Make;

namespace Apogee.Resolution.Tests;

public sealed class LinkReasonsTests
{
    [Fact]
    public void A_report_is_explained_by_the_date_site_distance_and_missile_it_shares()
    {
        var why = LinkReasons.Together(
            Event("2024-01-10", "Pyongyang", "07:30") with { MissileName = "KN-23" },
            Event("2024-01-10", "Sunan", "07:30") with { MissileName = "KN-23" });
        Assert.Equal("date 2024-01-10 meets the event's 2024-01-10; site Pyongyang 20 km from Sunan; same time 07:30; same missile KN-23", why);
    }

    [Fact]
    public void A_report_with_a_loose_date_is_explained_as_the_clear_winner_of_the_events_it_fits()
    {
        var vague = Event("2021-01-20..2025-01-20") with { Count = CountRange.Exactly(1), RangeClass = "ICBM" };
        var why = LinkReasons.Together(vague, Event("2024-01-10", "Sunan", "07:30") with { Count = CountRange.Exactly(1), RangeClass = "ICBM" });
        Assert.Equal("date 2021-01-20..2025-01-20 meets the event's 2024-01-10; count 1 agrees; same range class ICBM; a loose date: the clear winner among the events it fits", why);
    }

    [Theory]
    [InlineData("2024-01-10", "Sinpo", null, null, "sites Sunan and Sinpo 234 km apart")]
    [InlineData("2024-01-10", "Sunan", "15:00", null, "times 07:30 and 15:00 more than 2 hours apart")]
    [InlineData("2024-01-10", "Sunan", "07:40", "Hwasong-18", "missiles KN-23 and Hwasong-18")]
    [InlineData("2024-01-20", "Sunan", "07:30", null, "dates 2024-01-10 and 2024-01-20 do not meet")]
    public void A_nearby_event_kept_apart_names_the_rule_that_separates_them(string day, string site, string? time, string? name, string expected)
    {
        var ev = Event("2024-01-10", "Sunan", "07:30") with { MissileName = "KN-23" };
        Assert.Equal(expected, LinkReasons.Apart(ev, Event(day, site, time) with { MissileName = name }));
    }

    [Fact]
    public void Consolidation_explains_every_report_of_an_event_of_several()
    {
        var c = Consolidator.Consolidate([Report(1, Event("2024-01-10", "Sunan")), Report(2, Event("2024-01-10", "Pyongyang"))]);
        Assert.Equal(["document 1 (primary)", "document 2 (primary)"], c.Explanations.Where(x => x.Field == LinkReasons.Grouping).Select(x => x.Value));
    }
}
