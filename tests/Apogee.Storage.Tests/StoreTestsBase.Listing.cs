using System.Data.Common;
using Apogee.Core.Model;
using Apogee.Core.Storage;
using Npgsql;
using static Apogee.Storage.Tests.Synth;
using F = Apogee.Core.Model.Vocabulary.Fields;
using S = Apogee.Core.Model.Vocabulary.Sources;

namespace Apogee.Storage.Tests;

/// <summary>
/// Lists without per-event work (issue #14): the summary stored on the event row, keyset pages, the full-text index
/// of quotes and the store's revision must answer exactly what the full events would.
/// </summary>
public abstract partial class StoreTestsBase
{
    /// <summary>Four launches, one reported twice with disagreeing ranges, one undated.</summary>
    private static void Seed(IEventStore store)
    {
        Ingest(store, Doc("l1", "2023-03-02", Event("2023-03-01", Sunan, claims: [Fig(F.RangeKm, 700, S.Japan), Fig(F.ApogeeKm, 90, S.Japan)])));
        Ingest(store, Doc("l2", "2023-03-02", Event("2023-03-01", Sunan, claims: Fig(F.RangeKm, 650, S.SouthKorea))));
        Ingest(store, Doc("l3", "2023-05-02", Event("2023-05-01", Sinpo, claims: Fig(F.RangeKm, 1000, S.SouthKorea))));
        Ingest(store, Doc("l4", "2023-05-02", Event("2023-05-01", Tongchang, claims: Fig(F.RangeKm, 300, S.Japan))));
        Ingest(store, Doc("l5", "2024-01-02", Event("2024-01-01", Site("Musudan-ri", 40.85, 129.67, Vocabulary.SiteKinds.Facility)) with { Date = DateBounds.Unknown }));
    }

    public static TheoryData<string> ListQueries => ["all", "sunan", "range", "text", "since"];

    private static EventQuery ListQuery(string name) => name switch
    {
        "sunan" => new EventQuery { Site = "sunan" },
        "range" => new EventQuery { MinRange = 500 },
        "text" => new EventQuery { Text = "range km" },
        "since" => new EventQuery { Since = Day("2023-04-01") },
        _ => EventQuery.All,
    };

    [StoreTheory]
    [MemberData(nameof(ListQueries))]
    public void A_list_row_holds_what_the_full_event_summarises(string query)
    {
        using var store = Open();
        Seed(store);
        var q = ListQuery(query);
        var expected = store.Events(q).Select(ListingSummary.Of).ToList();
        var listed = store.List(q);
        Assert.Equal(expected.Select(Describe), listed.Select(Describe));
        Assert.NotEmpty(listed);
    }

    [StoreFact]
    public void A_disputed_count_and_every_source_show_in_the_list()
    {
        using var store = Open();
        Seed(store);
        var sunan = store.List(new EventQuery { Site = "sunan" }).Single();
        Assert.Equal(2, sunan.Reports);
        Assert.Equal([S.Japan, S.SouthKorea], sunan.Sources);
        Assert.Equal([F.RangeKm], sunan.Conflicts);
        Assert.Empty(sunan.Event.Claims);
    }

    [StoreTheory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Keyset_pages_walk_the_listing_order_without_gaps_or_repeats(int limit)
    {
        using var store = Open();
        Seed(store);
        var all = store.List(EventQuery.All).Select(e => e.Id).ToList();
        var walked = new List<long>();
        EventCursor? after = null;
        for (var guard = 0; guard < 10; guard++)
        {
            var page = store.List(new EventQuery { After = after, Limit = limit });
            walked.AddRange(page.Select(e => e.Id));
            if (page.Count < limit) break;
            after = page[^1].Cursor;
        }

        Assert.Equal(all, walked);
        Assert.Null(store.List(EventQuery.All)[^1].Event.Date.Earliest); // the walk crossed into the undated rows
        Assert.Equal(all.Skip(1), store.List(new EventQuery { After = store.List(EventQuery.All)[0].Cursor }).Select(e => e.Id));
    }

    [StoreFact]
    public void A_count_ignores_the_cursor()
    {
        using var store = Open();
        Seed(store);
        var first = store.List(new EventQuery { Limit = 1 })[0];
        Assert.Equal(store.CountEvents(EventQuery.All), store.CountEvents(new EventQuery { After = first.Cursor }));
    }

    [StoreTheory]
    [InlineData("RANGE km", new[] { "l1", "l3", "l4" })] // every word, any case
    [InlineData("km range", new[] { "l1", "l3", "l4" })] // in any order
    [InlineData("\"range km was 1000\"", new[] { "l3" })] // a quoted phrase: these words in this order
    [InlineData("\"km range\"", new string[0])]
    [InlineData("rang", new string[0])] // whole words only
    [InlineData("japan apogee", new[] { "l1" })]
    [InlineData("...", new string[0])] // no word at all finds nothing
    public void Text_search_finds_events_by_the_words_of_their_quotes(string text, string[] expected)
    {
        using var store = Open();
        Seed(store);
        var q = new EventQuery { Text = text };
        Assert.Equal(expected, Names(store, q));
        Assert.Equal(expected.Length, store.CountEvents(q));
    }

    [StoreFact]
    public void A_text_search_sees_a_document_stored_after_it_was_asked_and_pages_like_any_list()
    {
        using var store = Open();
        Seed(store);
        var q = new EventQuery { Text = "range km" };
        var before = store.List(q);
        Ingest(store, Doc("l6", "2023-07-02", Event("2023-07-01", Sinpo, claims: Fig(F.RangeKm, 800, S.Japan))));
        var after = store.List(q);
        Assert.Equal(before.Count + 1, after.Count);
        Assert.Equal(after[1].Id, store.List(q with { Offset = 1, Limit = 1 }).Single().Id);
        Assert.Equal(after[1].Id, store.List(q with { After = after[0].Cursor, Limit = 1 }).Single().Id);
        Assert.Equal(after.Count, store.CountEvents(q));
    }

    [StoreFact]
    public void A_deep_offset_page_has_the_rows_and_order_of_the_listing()
    {
        using var store = Open();
        var day0 = new DateOnly(2000, 1, 1);
        var docs = Enumerable.Range(0, Sql.SqlEventReader.DeepOffset + 3)
            .Select(i => day0.AddDays(3 * (Sql.SqlEventReader.DeepOffset + 3 - i)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Select((day, i) => Doc("deep" + i, day, Event(day, Sunan)))
            .ToList();
        store.IngestBatch(docs);
        var all = store.List(EventQuery.All with { Limit = int.MaxValue }).Select(e => e.Id).ToList();

        // Past DeepOffset a page is a slice of the cached listing: the same rows as the index walk gives, in its order.
        var deep = store.List(EventQuery.All with { Offset = Sql.SqlEventReader.DeepOffset + 1, Limit = 5 }).Select(e => e.Id);
        Assert.Equal(all.Skip(Sql.SqlEventReader.DeepOffset + 1), deep);
        var sunan = store.List(EventQuery.All with { Site = "sunan", Offset = Sql.SqlEventReader.DeepOffset, Limit = 2 }).Select(e => e.Id);
        Assert.Equal(all.Skip(Sql.SqlEventReader.DeepOffset).Take(2), sunan);
    }

    [StoreFact]
    public void The_revision_moves_with_every_stored_document_and_not_with_a_duplicate()
    {
        using var store = Open();
        var empty = store.Revision();
        var d = Doc("r1", "2024-03-02", Event("2024-03-01", Sunan));
        Ingest(store, d);
        var one = store.Revision();
        Assert.NotEqual(empty, one);
        Assert.Equal(IngestStatus.Duplicate, store.Ingest(d.Doc, d.Report).Status);
        Assert.Equal(one, store.Revision());
        using var other = Open(); // another instance (another process, in effect) sees the same revision
        Assert.Equal(one, other.Revision());
    }

    [StoreFact]
    public void Opening_a_store_fills_summaries_its_rows_lack()
    {
        using (var store = Open()) Seed(store);
        Raw("UPDATE events SET summary_json = NULL");
        using var again = Open();
        Assert.Equal(again.Events(EventQuery.All).Select(ListingSummary.Of).Select(Describe), again.List(EventQuery.All).Select(Describe));
        Assert.Equal(0L, Raw("SELECT COUNT(*) FROM events WHERE summary_json IS NULL"));
    }

    private static string Describe(EventListing e) =>
        $"{e.Id} {e.Event.Date.Earliest} {e.Event.Site?.Name} reports={e.Reports} sources={string.Join('/', e.Sources)} conflicts={string.Join('/', e.Conflicts)} claims={e.Event.Claims.Count}";

    /// <summary>Runs one statement on this test's database directly; the first column of the first row.</summary>
    private object? Raw(string sql)
    {
        var spec = StoreSpec.Parse(Db).Value;
        using DbConnection c = spec.Engine == StoreSpec.Postgres
            ? new NpgsqlConnection(spec.Target)
            : new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={spec.Target}");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}
