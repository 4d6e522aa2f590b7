using Apogee.Storage.Sql;
using static Apogee.Storage.Tests.Synth;

namespace Apogee.Storage.Tests;

/// <summary>The writer's event cache: a hit needs the exact revision; the budget drops least recently used events first.</summary>
public sealed class EventCacheTests
{
    private static CachedEvent Entry(long rev, int reports) =>
        new(rev, Event("2024-01-01"), Enumerable.Range(0, reports).Select(i => new CachedReport(i, Hash, new byte[1000])).ToList());

    /// <summary>A content hash as documents have them: 64 hex digits.</summary>
    private static readonly string Hash = new('a', 64);

    /// <summary>What one entry of two 1,000-byte reports weighs.</summary>
    private static long Weight => Entry(1, 2).Weight;

    [Fact]
    public void An_entry_weighs_its_packed_reports_their_hashes_and_fixed_overheads() =>
        Assert.Equal(CachedEvent.Overhead + (2 * (1000 + (2 * 64) + 80)), Weight);

    [Theory]
    [InlineData(5, 5, true)]
    [InlineData(5, 6, false)] // another writer changed the event since: stale
    [InlineData(5, 4, false)]
    public void A_hit_needs_the_rows_revision(long cachedRev, long rowRev, bool hit)
    {
        var cache = new EventCache(100 * Weight);
        cache.Put([new(1, Entry(cachedRev, 2))]);
        Assert.Equal(hit, cache.Get(1, rowRev) is not null);
    }

    [Fact]
    public void An_older_revision_never_replaces_a_newer_one()
    {
        var cache = new EventCache(100 * Weight);
        cache.Put([new(1, Entry(9, 1))]);
        cache.Put([new(1, Entry(7, 1))]); // a slower thread's commit arriving late
        Assert.NotNull(cache.Get(1, 9));
        Assert.Null(cache.Get(1, 7));
    }

    [Theory]
    [InlineData(3.5, 3, 3)] // budget in entries' weights: all fit
    [InlineData(2.5, 3, 2)]
    [InlineData(0.5, 3, 0)] // one entry alone is over budget: nothing kept
    public void The_budget_keeps_the_most_recently_used(double entries, int events, int kept)
    {
        var cache = new EventCache((long)(entries * Weight));
        for (var id = 1; id <= events; id++) cache.Put([new(id, Entry(id, 2))]);
        Assert.Equal(kept, cache.Count);
        for (var id = events; id > events - kept; id--) Assert.NotNull(cache.Get(id, id));
    }

    [Fact]
    public void A_get_makes_an_entry_recent()
    {
        var cache = new EventCache(2 * Weight);
        cache.Put([new(1, Entry(1, 2))]);
        cache.Put([new(2, Entry(2, 2))]);
        Assert.NotNull(cache.Get(1, 1));
        cache.Put([new(3, Entry(3, 2))]); // evicts 2, not the just-used 1
        Assert.NotNull(cache.Get(1, 1));
        Assert.Null(cache.Get(2, 2));
    }
}
