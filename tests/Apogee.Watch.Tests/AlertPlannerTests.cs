using Apogee.Core.Model;
using Apogee.Core.Storage;
using Apogee.Storage;
using Apogee.Watch.Alerts;
using Apogee.Watch.State;

namespace Apogee.Watch.Tests;

/// <summary>Which outcomes deserve which alerts (the store is a real, empty SQLite file: events it cannot describe still alert).</summary>
public sealed class AlertPlannerTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);
    private readonly string _dir = Directory.CreateTempSubdirectory("apogee-planner-").FullName;
    private readonly IEventStore _store;
    private readonly AlertPlanner _planner;

    public AlertPlannerTests()
    {
        _store = EventStoreFactory.Open(Path.Combine(_dir, "apogee.db"));
        _planner = new AlertPlanner(_store);
    }

    public static TheoryData<string, IngestOutcome, string[]> Cases => new()
    {
        { "created", Outcome([5], [], [new(5, "new", null, "2026-11-20 ballistic")]), ["new_event 5"] },
        { "failed ingest", IngestOutcome.Failed("doc", "boom"), [] },
        { "duplicate", new IngestOutcome("doc", IngestStatus.Duplicate, [], []), [] },
        { "count changed", Outcome([], [3], [new(3, "count", "1+", "2")]), ["event_changed 3 count:1+>2"] },
        { "short field names", Outcome([], [3], [new(3, "range", "350", "600"), new(3, "class", null, "MRBM")]), ["event_changed 3 range_km:350>600 range_class:>MRBM"] },
        { "unwatched field only", Outcome([], [3], [new(3, "direction", "east", "northeast")]), [] },
        { "no real change", Outcome([], [3], [new(3, "count", "2", "2")]), [] },
        { "two events", Outcome([8], [3], [new(3, "apogee_km", "50", "60"), new(8, "count", null, "1")]), ["new_event 8", "event_changed 3 apogee_km:50>60"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Plans_the_expected_alerts(string name, IngestOutcome outcome, string[] expected)
    {
        var alerts = _planner.Plan(outcome, new WatchState(), At);

        Assert.True(expected.SequenceEqual(alerts.Select(Describe)), $"{name}: {string.Join(" | ", alerts.Select(Describe))}");
    }

    [Fact]
    public void The_same_event_is_never_announced_twice_as_new()
    {
        var state = new WatchState();
        var outcome = Outcome([5], [], []);

        var first = _planner.Plan(outcome, state, At);
        var again = _planner.Plan(outcome, state, At);

        Assert.Single(first);
        Assert.Empty(again);
        Assert.Equal([5L], state.Announced);
    }

    [Fact]
    public void Summaries_read_as_one_line()
    {
        var e = new LaunchEvent { Date = DateBounds.Day(new DateOnly(2026, 11, 20), "t"), Count = CountRange.Exactly(2), Category = "ballistic", RangeClass = "SRBM", RangeKm = 350, ApogeeKm = 50.5 };

        Assert.Equal("NEW event #4: North Korea, 2026-11-20, 2 ballistic missiles (SRBM), range 350 km, apogee 50.5 km [1 report]", AlertText.ForNew(4, e, 1));
        Assert.Equal("CHANGED event #4: count 1+ -> 2; range_class none -> SRBM [3 reports]",
            AlertText.ForChange(4, [new AlertChange("count", "1+", "2"), new AlertChange("range_class", null, "SRBM")], 3));
    }

    public void Dispose()
    {
        _store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static IngestOutcome Outcome(long[] created, long[] updated, EventChange[] changes) =>
        new("doc", IngestStatus.New, created, updated, null, changes);

    private static string Describe(Alert a) =>
        a.Kind == AlertKinds.NewEvent
            ? $"{a.Kind} {a.EventId}"
            : $"{a.Kind} {a.EventId} {string.Join(" ", a.Changes.Select(c => $"{c.Field}:{c.Before}>{c.After}"))}";
}
