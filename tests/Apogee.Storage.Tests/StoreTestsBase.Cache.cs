using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Apogee.Core.Json;
using Apogee.Core.Model;
using Apogee.Core.Storage;
using Npgsql;
using static Apogee.Storage.Tests.Synth;
using F = Apogee.Core.Model.Vocabulary.Fields;
using S = Apogee.Core.Model.Vocabulary.Sources;

namespace Apogee.Storage.Tests;

/// <summary>
/// The writer keeps events' reports in memory between documents (per event id and revision). Whatever it keeps, the
/// stored result must be byte for byte the one of a store that starts cold for every document, also when another store
/// instance (another process, for the database) writes to the same events in between, and when documents fail mid-batch.
/// </summary>
public abstract partial class StoreTestsBase
{
    /// <summary>A second, empty database of this backend (the cold run's).</summary>
    protected abstract string NewSecondDatabase();

    [StoreFact]
    public void Batches_through_one_warm_store_equal_cold_stores_per_document()
    {
        var docs = CacheCorpus();
        var warm = new List<IngestOutcome>();
        using (var store = Open())
        {
            foreach (var chunk in docs.Chunk(5)) warm.AddRange(store.IngestBatch(chunk));
        }

        var coldDb = NewSecondDatabase();
        var cold = IngestCold(coldDb, docs);
        Assert.Contains(cold, o => o.Status == IngestStatus.Failed); // the corpus does exercise savepoint rollbacks
        Assert.Contains(cold, o => o.Status == IngestStatus.Duplicate);
        Assert.Contains(cold, o => o.EventsUpdated.Count > 0);
        Assert.Equal(Outcomes(cold), Outcomes(warm));
        AssertSameStore(coldDb, Db);
    }

    [StoreFact]
    public void A_second_store_writing_in_between_is_noticed_by_the_first_ones_cache()
    {
        var docs = CacheCorpus();
        // A new text reporting the first launch again, after everything else: its event was last changed by the other store.
        var again = (docs[0].Doc with { Name = "again", Text = docs[0].Doc.Text + " Again." }, docs[0].Report);
        var warm = new List<IngestOutcome>();
        using (var first = Open())
        {
            warm.AddRange(first.IngestBatch(docs[..20]));
            using (var second = Open())
            {
                // Reports of the launches the first store has cached: their events change behind its back.
                foreach (var chunk in docs[20..32].Chunk(4)) warm.AddRange(second.IngestBatch(chunk));
            }

            foreach (var chunk in docs[32..].Chunk(6)) warm.AddRange(first.IngestBatch(chunk));
            warm.Add(first.Ingest(again.Item1, again.Report));
        }

        var coldDb = NewSecondDatabase();
        var cold = IngestCold(coldDb, [.. docs, again]);
        Assert.Equal(Outcomes(cold), Outcomes(warm));
        AssertSameStore(coldDb, Db);
    }

    [StoreFact]
    public void A_document_rolled_back_to_its_savepoint_leaves_nothing_in_the_cache()
    {
        // The failing document updates the launch's event, then fails on its second event. It is the batch's last, so
        // on SQLite the next document, stored by another instance, gets its id again: were the rolled-back state cached
        // under that revision, the first store would take it for the other instance's state.
        var launch = Doc("f1", "2023-04-02", Event("2023-04-01", Sinpo, claims: Fig(F.RangeKm, 500, S.SouthKorea)));
        var failing = Doc("f2", "2023-04-02", Event("2023-04-01", Sinpo, claims: Fig(F.RangeKm, 900, S.Japan)),
            Event("2023-03-01", Sunan, role: Vocabulary.Roles.Reference, claims: Fig(F.ApogeeKm, 70, S.Media)));
        failing = (failing.Doc, failing.Report with
        {
            Events = [failing.Report.Events[0], failing.Report.Events[1] with { Claims = [failing.Report.Events[1].Claims[0] with { Quote = null! }] }],
        });
        var other = Doc("f3", "2023-04-03", Event("2023-04-01", Sinpo, claims: Fig(F.ApogeeKm, 60, S.Japan)));
        var last = Doc("f4", "2023-04-04", Event("2023-04-01", Sinpo, claims: Fig(F.RangeKm, 510, S.Media)));
        var warm = new List<IngestOutcome>();
        using (var first = Open())
        {
            warm.AddRange(first.IngestBatch([launch, failing]));
            using (var second = Open())
            {
                warm.Add(second.Ingest(other.Doc, other.Report));
            }

            warm.AddRange(first.IngestBatch([last]));
        }

        var coldDb = NewSecondDatabase();
        var cold = IngestCold(coldDb, [launch, failing, other, last]);
        Assert.Equal(IngestStatus.Failed, cold[1].Status);
        Assert.Equal(Outcomes(cold), Outcomes(warm));
        AssertSameStore(coldDb, Db);
    }

    /// <summary>Every document through a fresh store instance (cold caches), one Ingest each.</summary>
    private static List<IngestOutcome> IngestCold(string db, IReadOnlyList<(CleanDocument Doc, LaunchReport Report)> docs)
    {
        var outcomes = new List<IngestOutcome>();
        foreach (var (doc, report) in docs)
        {
            using var store = EventStoreFactory.Open(db);
            outcomes.Add(store.Ingest(doc, report));
        }

        return outcomes;
    }

    /// <summary>
    /// Six launches at three sites, reported 48 times by three kinds of source with differing figures; every fifth
    /// document also mentions the previous launch; some documents repeat an earlier text (duplicates); some carry a
    /// broken second event that fails after their first event was already updated (the savepoint must undo it).
    /// </summary>
    private static (CleanDocument Doc, LaunchReport Report)[] CacheCorpus()
    {
        SiteRef[] sites = [Sunan, Sinpo, Tongchang];
        string[] sources = [S.SouthKorea, S.Japan, S.Media];
        var docs = new List<(CleanDocument Doc, LaunchReport Report)>();
        for (var i = 0; i < 48; i++)
        {
            var launch = i % 6;
            var day = $"2023-0{launch + 1}-1{launch}";
            var events = new List<LaunchEvent>
            {
                Event(day, sites[launch % 3], i % 3 == 0 ? $"0{6 + (launch % 3)}:{10 + i:D2}" : null, rangeKm: i % 4 == 0 ? 300 + (50 * launch) : null,
                    claims: [Fig(F.RangeKm, 300 + (50 * launch) + (10 * (i % 3)), sources[i % 3]), Fig(F.ApogeeKm, 40 + (i % 5), sources[(i + 1) % 3], Vocabulary.Qualifiers.About)]),
            };
            if (i % 5 == 4 && launch > 0)
            {
                events.Add(Event($"2023-0{launch}-1{launch - 1}", sites[(launch - 1) % 3], role: Vocabulary.Roles.Reference, claims: Fig(F.RangeKm, 290 + (50 * launch), S.Media)));
            }

            var (doc, report) = Doc($"c{i:D2}", $"2023-0{launch + 1}-2{launch}", [.. events]);
            if (i % 11 == 10)
            {
                var broken = Event($"2023-0{launch + 1}-1{launch}", sites[(launch + 1) % 3], role: Vocabulary.Roles.Reference, claims: Fig(F.ApogeeKm, 99, S.Japan));
                broken = broken with { Claims = [broken.Claims[0] with { Quote = null! }] };
                report = report with { Events = [.. report.Events, broken] };
            }

            docs.Add((doc, report));
            if (i % 7 == 6) docs.Add((doc with { Name = $"c{i:D2}-copy" }, report));
        }

        return [.. docs];
    }

    private static string[] Outcomes(IEnumerable<IngestOutcome> outcomes) =>
        outcomes.Select(o => string.Join(
            " | ",
            o.Document,
            o.Status,
            string.Join(",", o.EventsCreated),
            string.Join(",", o.EventsUpdated),
            JsonSerializer.Serialize(o.Changes ?? [], ContractJson.Compact))).ToArray();

    /// <summary>The listing as the API serves it, and the raw rows of every table, must be identical.</summary>
    private static void AssertSameStore(string expectedDb, string actualDb)
    {
        using (var expected = EventStoreFactory.Open(expectedDb))
        using (var actual = EventStoreFactory.Open(actualDb))
        {
            Assert.Equal(
                JsonSerializer.Serialize(expected.Events(EventQuery.All), ContractJson.Options),
                JsonSerializer.Serialize(actual.Events(EventQuery.All), ContractJson.Options));
        }

        foreach (var table in new[] { "documents", "events", "event_reports", "claims" })
        {
            Assert.Equal(Dump(expectedDb, table), Dump(actualDb, table));
        }
    }

    /// <summary>Every row of a table, in id order, every column as invariant text.</summary>
    private static string Dump(string db, string table)
    {
        var spec = StoreSpec.Parse(db).Value;
        using DbConnection c = spec.Engine == StoreSpec.Postgres
            ? new NpgsqlConnection(spec.Target)
            : new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={spec.Target}");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT * FROM {table} ORDER BY id";
        using var r = cmd.ExecuteReader();
        var text = new StringBuilder();
        while (r.Read())
        {
            for (var i = 0; i < r.FieldCount; i++)
            {
                text.Append(r.GetName(i)).Append('=').Append(Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)).Append('\t');
            }

            text.Append('\n');
        }

        Assert.True(text.Length > 0, $"{table} is empty");
        return text.ToString();
    }
}
