using Apogee.Core.Model;
using Apogee.Core.Storage;
using Apogee.Resolution;
using static Apogee.Storage.Tests.Synth;

namespace Apogee.Storage.Tests;

/// <summary>
/// Re-clustering on a dense day (issue #12): more launches near one date than one pass may take as a whole
/// (<c>Reclustering.MaxEvents</c>, 400), as on the generated bench's days. The pass re-clusters the small part of the
/// store each new report belongs to, so the events stay a function of the reports.
/// </summary>
public abstract partial class StoreTestsBase
{
    /// <summary>A facility of a synthetic grid: neighbours are 1.5 degrees (over 150 km) apart, never "nearby".</summary>
    private static SiteRef GridSite(int k) => Site($"Field {k}", 20 + ((k / 15) * 1.5), 100 + ((k % 15) * 1.5));

    private static readonly string[] DenseHours = ["05:00", "10:00", "15:00"];

    private static readonly string[] TwoHours = ["05:00", "15:00"];

    /// <summary>150 sites x 3 launches five hours apart on 2024-03-18: 450 launches, one report each.</summary>
    private static List<(CleanDocument Doc, LaunchReport Report)> DenseDay() =>
        [.. Enumerable.Range(0, 150).SelectMany(k => DenseHours.Select(hour =>
            Doc($"field-{k:D3}-{hour[..2]}", "2024-03-18", Event("2024-03-18", GridSite(k), hour))))];

    /// <summary>Three reports from Sinpo that morning whose times chain (09:18 and 11:27 are more than two hours apart, 09:56 meets both).</summary>
    private static List<(CleanDocument Doc, LaunchReport Report)> ChainAtSinpo() =>
    [
        Doc("sinpo-early", "2024-03-18", Event("2024-03-18", Sinpo, "09:18")),
        Doc("sinpo-middle", "2024-03-18", Event("2024-03-18", Sinpo, "09:56")),
        Doc("sinpo-late", "2024-03-18", Event("2024-03-18", Sinpo, "11:27") with { Count = CountRange.Exactly(2) }),
    ];

    [StoreFact]
    public void A_dense_day_gives_the_same_events_in_every_arrival_order()
    {
        var dense = DenseDay();
        var chain = ChainAtSinpo();
        int[][] chainOrders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
        var random = new Random(5);
        HashSet<string>? first = null;
        foreach (var order in chainOrders)
        {
            // The day's launches shuffled, the chained reports among the last batch's, in batches of 64 as ingest writes them.
            List<(CleanDocument Doc, LaunchReport Report)> docs = [.. dense.OrderBy(_ => random.Next()), .. order.Select(i => chain[i])];
            using var store = EventStoreFactory.Open(NewSecondDatabase());
            store.Migrate();
            foreach (var batch in docs.Chunk(64)) Assert.All(store.IngestBatch(batch), o => Assert.Equal(IngestStatus.New, o.Status));
            var groups = Groups(store);
            Assert.Equal(450, groups.Count(g => g.StartsWith("field-", StringComparison.Ordinal)));
            first ??= groups;
            Assert.Equal(first, groups);
        }
    }

    /// <summary>
    /// 150 days running, two launches a day from Sinpo ten hours apart (05:00, 15:00): each is within a day and the
    /// same hour of the next day's, so each hour's 150 are one part, too large to re-cluster whole, and which
    /// consecutive days pair up into one event depends on the order the incremental matcher saw them in.
    /// </summary>
    private static List<(CleanDocument Doc, LaunchReport Report)> DaysRunningAtSinpo() =>
        [.. Enumerable.Range(0, 150).SelectMany(d => TwoHours.Select(hour =>
        {
            var day = Day("2024-03-01").AddDays(d).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            return Doc($"sinpo-{day}-{hour[..2]}", day, Event(day, Sinpo, hour));
        }))];

    [StoreFact]
    public void A_stretch_of_days_too_large_to_re_cluster_whole_gets_the_canonical_events_in_every_arrival_order()
    {
        var docs = DaysRunningAtSinpo();
        var members = docs.Select(d => new ClusterMember($"{d.Doc.ContentHash}/{Vocabulary.Roles.Primary}/", d.Doc.ContentHash,
            new ReportedEvent(0, Vocabulary.Roles.Primary, d.Report.Events[0], []))).ToList();
        var canonical = Reclusterer.Cluster(members).Groups
            .Select(g => string.Join(" ", g.Select(i => docs[i].Doc.Name).Order(StringComparer.Ordinal))).ToHashSet();
        Assert.True(canonical.Count < docs.Count); // consecutive days do pair up
        var random = new Random(9);
        foreach (var batch in new[] { 16, 7, 64 })
        {
            using var store = EventStoreFactory.Open(NewSecondDatabase());
            store.Migrate();
            foreach (var chunk in docs.OrderBy(_ => random.Next()).Chunk(batch)) Assert.All(store.IngestBatch(chunk), o => Assert.Equal(IngestStatus.New, o.Status));
            var stored = Groups(store);
            Assert.True(canonical.SetEquals(stored), $"batch {batch}: only canonical: {string.Join(" | ", canonical.Except(stored))}; only stored: {string.Join(" | ", stored.Except(canonical))}");
        }
    }
}
