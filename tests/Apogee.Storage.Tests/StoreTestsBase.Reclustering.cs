using Apogee.Core.Model;
using Apogee.Core.Storage;
using static Apogee.Storage.Tests.Synth;

namespace Apogee.Storage.Tests;

/// <summary>Re-clustering after each write: the events are a function of the set of reports, not of their order.</summary>
public abstract partial class StoreTestsBase
{
    /// <summary>
    /// One launch told three ways: a later story that mentions its day, a story published four days after it that
    /// names no day, and the report of the day itself; and a second launch that day from a distant site. Arriving
    /// mention first, the incremental matcher alone makes the no-day story an event of its own.
    /// </summary>
    private static List<(CleanDocument Doc, LaunchReport Report)> OneLaunchThreeWays()
    {
        var noDay = Event("2024-07-03") with
        {
            Date = new DateBounds(Day("2024-07-07"), Day("2024-07-08"), "no day: published-1..published"),
            Count = CountRange.Exactly(1),
            RangeClass = "ICBM",
        };
        return
        [
            Doc("mention", "2024-07-28", Event("2024-07-28", Sinpo, "23:40"), Event("2024-07-04", role: Vocabulary.Roles.Reference) with { RangeClass = "ICBM" }),
            Doc("no-day", "2024-07-08", noDay),
            Doc("the-day", "2024-07-04", Event("2024-07-04", Sunan, "09:40") with { Count = CountRange.Exactly(1), RangeClass = "ICBM" }),
            Doc("elsewhere", "2024-07-04", Event("2024-07-04", Sinpo, "15:00")),
        ];
    }

    private static HashSet<string> Groups(IEventStore store) =>
        [.. store.Events(EventQuery.All).Select(e => string.Join(" ", e.Documents.Order(StringComparer.Ordinal)))];

    [StoreFact]
    public void Every_arrival_order_gives_the_same_events_and_a_no_day_story_joins_its_launch()
    {
        var docs = OneLaunchThreeWays();
        HashSet<string>? first = null;
        foreach (var (order, db) in new[] { (new[] { 0, 1, 2, 3 }, Db), ([3, 2, 1, 0], NewSecondDatabase()) })
        {
            using var store = EventStoreFactory.Open(db);
            store.Migrate();
            foreach (var i in order) store.Ingest(docs[i].Doc, docs[i].Report);
            var groups = Groups(store);
            Assert.Contains("mention no-day the-day", groups);
            Assert.Contains("elsewhere", groups); // another site, another hour: another launch
            first ??= groups;
            Assert.Equal(first, groups);
        }
    }

    [StoreFact]
    public void A_batch_is_re_clustered_as_a_whole_and_the_event_keeps_the_id_of_most_of_its_reports()
    {
        var docs = OneLaunchThreeWays();
        using var store = Open();
        store.Migrate();
        var mention = store.Ingest(docs[0].Doc, docs[0].Report);
        var referenceEvent = mention.EventsCreated.Single(id => store.Event(id)!.Event.Role == Vocabulary.Roles.Reference);
        var outcomes = store.IngestBatch([docs[1], docs[2], docs[3]]);
        Assert.All(outcomes, o => Assert.Equal(IngestStatus.New, o.Status));
        Assert.Contains("mention no-day the-day", Groups(store));
        var launch = store.Events(EventQuery.All).Single(e => e.Documents.Contains("the-day"));
        Assert.Equal(referenceEvent, launch.Id); // the mention's event became the launch's: it kept its id
        Assert.Equal(Day("2024-07-04"), launch.Event.Date.Earliest);
        Assert.Equal(3, store.CountEvents(EventQuery.All));
    }
    /// <summary>
    /// Three reports of one morning from one site whose times chain (09:18 is within two hours of 09:56, which is
    /// within two hours of 11:27; 09:18 and 11:27 are not): which time an event shows depends on which reports it
    /// holds, so a pass that took in only the events matching as wholes grouped them by arrival order.
    /// </summary>
    [StoreFact]
    public void Reports_whose_times_chain_are_grouped_alike_in_every_arrival_order()
    {
        List<(CleanDocument Doc, LaunchReport Report)> docs =
        [
            Doc("early", "2024-03-18", Event("2024-03-18", Sinpo, "09:18")),
            Doc("middle", "2024-03-18", Event("2024-03-18", Sinpo, "09:56")),
            Doc("late", "2024-03-18", Event("2024-03-18", Sinpo, "11:27") with { Count = CountRange.Exactly(2) }),
        ];
        int[][] orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
        HashSet<string>? first = null;
        foreach (var order in orders)
        {
            using var store = EventStoreFactory.Open(NewSecondDatabase());
            store.Migrate();
            foreach (var i in order) store.Ingest(docs[i].Doc, docs[i].Report);
            var groups = Groups(store);
            first ??= groups;
            Assert.Equal(first, groups);
        }
    }

    /// <summary>A story dated only by terms of office (years wide) that says two short-range missiles: two facts, no day.</summary>
    private static LaunchEvent VagueSalvoStory() => Event("2024-03-18") with
    {
        Date = new DateBounds(Day("2021-01-20"), Day("2025-01-20"), "officeholders in office"),
        Count = CountRange.Exactly(2),
        RangeClass = "SRBM",
    };

    private static int[][] Orders(int n) => n == 1 ? [[0]] :
        [.. Enumerable.Range(0, n).SelectMany(first => Orders(n - 1).Select(rest => (int[])[first, .. rest.Select(x => x >= first ? x + 1 : x)]))];

    private List<HashSet<string>> GroupsInEveryOrder(List<(CleanDocument Doc, LaunchReport Report)> docs) =>
        [.. Orders(docs.Count).Select(order =>
        {
            using var store = EventStoreFactory.Open(NewSecondDatabase());
            store.Migrate();
            foreach (var i in order) store.Ingest(docs[i].Doc, docs[i].Report);
            return Groups(store);
        })];

    [StoreFact]
    public void A_vague_story_joins_the_one_salvo_it_fits_in_every_arrival_order_and_another_launch_that_day_stays_apart()
    {
        List<(CleanDocument Doc, LaunchReport Report)> docs =
        [
            Doc("vague", "2025-01-20", VagueSalvoStory()),
            Doc("salvo", "2024-03-18", Event("2024-03-18", Sunan, "07:30") with { Count = CountRange.Exactly(2), RangeClass = "SRBM" }),
            Doc("sinpo", "2024-03-18", Event("2024-03-18", Sinpo, "15:00") with { Count = CountRange.Exactly(1) }),
        ];
        Assert.All(GroupsInEveryOrder(docs), groups => Assert.Equal(["salvo vague", "sinpo"], groups.Order(StringComparer.Ordinal)));
    }

    /// <summary>
    /// Whichever salvo the vague story met first, it left when the other arrived months later (the pass finds it by its
    /// own window, not by the day of the event it had joined), and stays apart when its first salvo gets another report.
    /// </summary>
    [StoreFact]
    public void A_vague_story_that_fits_two_salvos_joins_neither_in_every_arrival_order()
    {
        List<(CleanDocument Doc, LaunchReport Report)> docs =
        [
            Doc("vague", "2025-01-20", VagueSalvoStory()),
            Doc("salvo", "2024-03-18", Event("2024-03-18", Sunan, "07:30") with { Count = CountRange.Exactly(2), RangeClass = "SRBM" }),
            Doc("salvo-in-may", "2024-05-02", Event("2024-05-02", Tongchang, "09:00") with { Count = CountRange.Exactly(2), RangeClass = "SRBM" }),
            Doc("salvo-seen-from-japan", "2024-03-18", Event("2024-03-18", Sunan, "07:40") with { Count = CountRange.Exactly(2) }),
        ];
        Assert.All(GroupsInEveryOrder(docs), groups => Assert.Equal(["salvo salvo-seen-from-japan", "salvo-in-may", "vague"], groups.Order(StringComparer.Ordinal)));
    }
}
