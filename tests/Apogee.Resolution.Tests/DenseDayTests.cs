using Apogee.Core.Model;
using static Apogee.Resolution.Tests.Make;

namespace Apogee.Resolution.Tests;

/// <summary>
/// A day with many launches (issue #12: the generated bench puts ~6.6 on each day): the reports split into small parts
/// that never share an event, and re-clustering each part alone gives the grouping of the whole, in any order.
/// </summary>
public sealed class DenseDayTests
{
    private static ClusterMember Member(string key, LaunchEvent e) => new(key, key, new ReportedEvent(0, Vocabulary.Roles.Primary, e, []));

    /// <summary>A facility of a synthetic grid: neighbours are 1.5 degrees (over 150 km) apart, so no two are "nearby".</summary>
    private static SiteRef Field(int k) => new($"Field {k}", Vocabulary.SiteKinds.Facility, 20 + ((k / 10) * 1.5), 100 + ((k % 10) * 1.5));

    private static readonly string[] Hours = ["05:00", "10:00", "15:00"];

    /// <summary>
    /// 40 sites x 3 hours five hours apart, two reports each (the second without a time), on 2024-03-18 and the next
    /// day; and at Sinpo three reports whose times chain (09:18, 09:56, 11:27): 483 reports.
    /// </summary>
    private static List<ClusterMember> DenseDays()
    {
        var members = new List<ClusterMember>();
        foreach (var day in new[] { "2024-03-18", "2024-03-19" })
        {
            for (var k = 0; k < 40; k++)
            {
                foreach (var hour in Hours)
                {
                    var e = new LaunchEvent { Date = Dates(day), Site = Field(k), TimeLocal = hour, Category = Vocabulary.Categories.Ballistic };
                    members.Add(Member($"{day}-{k}-{hour}-a", e));
                    members.Add(Member($"{day}-{k}-{hour}-b", e with { TimeLocal = null, Count = CountRange.Exactly(1) }));
                }
            }
        }

        members.Add(Member("sinpo-early", Event("2024-03-18", "Sinpo", "09:18")));
        members.Add(Member("sinpo-middle", Event("2024-03-18", "Sinpo", "09:56")));
        members.Add(Member("sinpo-late", Event("2024-03-18", "Sinpo", "11:27") with { Count = CountRange.Exactly(2) }));
        return members;
    }

    private static HashSet<string> Partition(List<ClusterMember> members, Reclusterer.Result r) =>
        [.. r.Groups.Select(g => string.Join(" ", g.Select(i => members[i].Key).Order(StringComparer.Ordinal)))];

    [Fact]
    public void A_dense_day_splits_into_a_part_per_site_and_the_chained_reports_stay_together()
    {
        // A report without a time may be any launch of its site on those two days: one part per site, not per launch.
        var members = DenseDays();
        var parts = Reclusterer.Components(members);
        var sinpo = Assert.Single(parts, p => p.Any(i => members[i].Key.StartsWith("sinpo", StringComparison.Ordinal)));
        Assert.Equal(3, sinpo.Count);
        Assert.Equal(41, parts.Count);
        Assert.All(parts.Where(p => p != sinpo), p => Assert.Equal(12, p.Count));
    }

    [Fact]
    public void Re_clustering_each_part_alone_gives_the_events_of_the_whole()
    {
        var members = DenseDays();
        var whole = Partition(members, Reclusterer.Cluster(members));
        var byParts = Reclusterer.Components(members)
            .SelectMany(p =>
            {
                var part = p.Select(i => members[i]).ToList();
                return Partition(part, Reclusterer.Cluster(part));
            })
            .ToHashSet();
        Assert.Equal(whole, byParts);
    }

    [Fact]
    public void Every_arrival_order_gives_the_same_parts_and_the_same_events()
    {
        var members = DenseDays();
        var expected = Partition(members, Reclusterer.Cluster(members));
        var expectedParts = Reclusterer.Components(members).Select(p => string.Join(" ", p.Select(i => members[i].Key).Order(StringComparer.Ordinal))).ToHashSet();
        var random = new Random(12);
        for (var round = 0; round < 10; round++)
        {
            var shuffled = DenseDays().OrderBy(_ => random.Next()).ToList();
            Assert.Equal(expected, Partition(shuffled, Reclusterer.Cluster(shuffled)));
            Assert.Equal(expectedParts, Reclusterer.Components(shuffled).Select(p => string.Join(" ", p.Select(i => shuffled[i].Key).Order(StringComparer.Ordinal))).ToHashSet());
        }
    }

    /// <summary>What <see cref="ShapeHull.Admits"/> asks, field by field, of the shapes of an event's reports.</summary>
    [Theory]
    [InlineData("2024-03-19", "Sunan", "08:00", true)]   // a day of slip, the same site, within two hours of 07:30
    [InlineData("2024-03-20", "Sunan", "08:00", false)]  // two days later
    [InlineData("2024-03-18", "Sinpo", "07:30", false)]  // a site far from Sunan, and Sunan is the only site named
    [InlineData("2024-03-18", null, "12:00", true)]      // no site; within two hours of 10:30, the other report's time
    [InlineData("2024-03-18", "Pyongyang", "13:00", false)] // more than two hours from every time given
    public void A_report_is_admitted_when_each_field_fits_some_report_of_the_event(string day, string? site, string time, bool admitted)
    {
        var hull = new ShapeHull([ReportShape.Of(Event("2024-03-18", "Sunan", "07:30")), ReportShape.Of(Event("2024-03-18", null, "10:30"))]);
        Assert.Equal(admitted, hull.Admits(ReportShape.Of(Event(day, site, time))));
    }
}
