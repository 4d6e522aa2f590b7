using Apogee.Core.Model;
using Apogee.Core.Storage;
using static Apogee.Storage.Tests.Synth;
using F = Apogee.Core.Model.Vocabulary.Fields;
using S = Apogee.Core.Model.Vocabulary.Sources;

namespace Apogee.Storage.Tests;

/// <summary>The one store suite: SQLite and PostgreSQL derive from it and must behave identically.</summary>
public abstract partial class StoreTestsBase
{
    private string? _db;

    /// <summary>A --db value for an empty database of this backend.</summary>
    protected abstract string NewDatabase();

    protected string Db => _db ??= NewDatabase();

    protected IEventStore Open() => EventStoreFactory.Open(Db);

    [StoreFact]
    public void Migrations_are_idempotent()
    {
        using (var first = Open())
        {
            first.Migrate();
            first.Migrate();
            Assert.Equal(IngestStatus.New, first.Ingest(Doc("m1", "2024-01-02", Event("2024-01-01", Sunan)).Doc, Doc("m1", "2024-01-02", Event("2024-01-01", Sunan)).Report).Status);
        }

        using var again = Open(); // opening migrates again: nothing to do, data kept
        again.Migrate();
        Assert.Equal(1, again.CountEvents(EventQuery.All));
    }

    [StoreFact]
    public void Same_content_twice_is_a_duplicate_and_changes_nothing()
    {
        using var store = Open();
        var (doc, report) = Doc("a", "2024-03-02", Event("2024-03-01", Sunan, claims: Fig(F.RangeKm, 700, S.SouthKorea)));
        var first = store.Ingest(doc, report);
        var second = store.Ingest(doc with { Name = "a-copy" }, report);
        Assert.Equal(IngestStatus.New, first.Status);
        Assert.Single(first.EventsCreated);
        Assert.Equal(IngestStatus.Duplicate, second.Status);
        Assert.Empty(second.EventsCreated);
        Assert.Empty(second.EventsUpdated);
        Assert.Null(store.DocumentByName("a-copy"));
        var ev = Assert.Single(store.Events(EventQuery.All));
        Assert.Single(ev.Claims);
        Assert.Equal(["a"], ev.Documents);
    }

    [StoreFact]
    public void Irrelevant_document_is_stored_without_events()
    {
        using var store = Open();
        var (doc, report) = Irrelevant("talks");
        Assert.Equal(IngestStatus.Irrelevant, store.Ingest(doc, report).Status);
        var stored = store.DocumentByName("talks");
        Assert.NotNull(stored);
        Assert.False(stored.Relevant);
        Assert.Equal(doc.Text, stored.Text);
        Assert.Equal(doc.ContentHash, stored.ContentHash);
        Assert.Empty(stored.EventIds);
        Assert.Equal(0, store.CountEvents(EventQuery.All));
        Assert.Equal("talks", store.Document(stored.Id)?.Name);
        Assert.Null(store.Document(stored.Id + 1000));
    }

    [StoreFact]
    public void Document_round_trips_metadata_removed_spans_captions_and_claims()
    {
        using var store = Open();
        var (doc, report) = Doc("rt", "2024-05-06", Event("2024-05-05", Sinpo, "07:27", claims: Fig(F.ApogeeKm, 50.5, S.Japan, Vocabulary.Qualifiers.About)));
        store.Ingest(doc, report);
        var stored = store.DocumentByName("rt")!;
        Assert.Equal(doc.Metadata, stored.Metadata);
        Assert.Equal(doc.Removed, stored.Removed);
        Assert.Equal(doc.Captions, stored.Captions);
        var claim = Assert.Single(stored.Claims);
        Assert.Equal(report.Events[0].Claims[0], claim.Claim);
        Assert.Equal(doc.Text[claim.Claim.Start..claim.Claim.End], claim.Claim.Quote);
        Assert.Equal("Test Wire", claim.Outlet);
        Assert.Equal(stored.EventIds.Single(), claim.EventId);
    }

    [StoreFact]
    public void Two_reports_of_one_launch_make_one_event_with_both_claims_and_a_conflict()
    {
        using var store = Open();
        var a = Doc("seoul", "2024-04-02", Event("2024-04-02", Sunan, "07:30", claims: Fig(F.RangeKm, 700, S.SouthKorea)));
        var b = Doc("wire", "2024-04-03", Event("2024-04-02", Sunan, "07:35", claims: [Fig(F.RangeKm, 800, S.Media), Fig(F.ApogeeKm, 60, S.Japan)]));
        var first = store.Ingest(a.Doc, a.Report);
        var second = store.Ingest(b.Doc, b.Report);
        Assert.Equal(first.EventsCreated, second.EventsUpdated);
        Assert.Empty(second.EventsCreated);

        var ev = Assert.Single(store.Events(EventQuery.All));
        Assert.Equal(["seoul", "wire"], ev.Documents);
        Assert.Equal(2, ev.Reports);
        Assert.Equal(3, ev.Claims.Count);
        Assert.Equal(700, ev.Event.RangeKm); // the neighbour's military over media
        Assert.Equal(60, ev.Event.ApogeeKm);
        var range = ev.Explanations.Single(x => x.Field == F.RangeKm);
        Assert.True(range.Conflict);
        Assert.Equal("700", range.Value);
        Assert.Equal([ev.Claims.Single(c => c.Claim.Source == S.SouthKorea).Id], range.ClaimIds);
        Assert.False(ev.Explanations.Single(x => x.Field == F.ApogeeKm).Conflict);
        Assert.Contains(second.Changes!, c => c.Field == F.ApogeeKm && c.Before == null && c.After == "60");
    }

    [StoreFact]
    public void Two_launches_on_one_day_from_distant_sites_stay_two_events()
    {
        using var store = Open();
        var west = Doc("west", "2024-06-10", Event("2024-06-10", Tongchang, claims: Fig(F.RangeKm, 300, S.SouthKorea)));
        var east = Doc("east", "2024-06-10", Event("2024-06-10", Sinpo, claims: Fig(F.RangeKm, 600, S.SouthKorea)));
        store.Ingest(west.Doc, west.Report);
        store.Ingest(east.Doc, east.Report);
        Assert.Equal(2, store.CountEvents(EventQuery.All));
    }

    [StoreFact]
    public void Launches_hours_apart_stay_two_events()
    {
        using var store = Open();
        var morning = Doc("am", "2024-06-11", Event("2024-06-11", Sunan, "06:10"));
        var evening = Doc("pm", "2024-06-11", Event("2024-06-11", Sunan, "19:40"));
        store.Ingest(morning.Doc, morning.Report);
        store.Ingest(evening.Doc, evening.Report);
        Assert.Equal(2, store.CountEvents(EventQuery.All));
    }

    [StoreFact]
    public void Event_ids_are_stable_when_reports_are_added()
    {
        using var store = Open();
        var first = Ingest(store, Doc("one", "2024-01-10", Event("2024-01-10", Sunan)));
        var second = Ingest(store, Doc("two", "2024-02-10", Event("2024-02-10", Sinpo)));
        var third = Ingest(store, Doc("three", "2024-01-11", Event("2024-01-10", Sunan, claims: Fig(F.RangeKm, 1000, S.Japan))));
        Assert.Equal(first.EventsCreated, third.EventsUpdated);
        Assert.NotEqual(first.EventsCreated, second.EventsCreated);
        var events = store.Events(EventQuery.All);
        Assert.Equal([first.EventsCreated[0], second.EventsCreated[0]], events.Select(e => e.Id));
        Assert.Equal(1000, store.Event(first.EventsCreated[0])!.Event.RangeKm);
        Assert.Null(store.Event(999_999));
    }

    [StoreFact]
    public void A_reference_links_to_the_event_it_names_and_never_duplicates_it()
    {
        using var store = Open();
        var launch = Ingest(store, Doc("launch", "2024-07-01", Event("2024-07-01", Sinpo, claims: Fig(F.RangeKm, 500, S.SouthKorea))));
        var later = Ingest(store, Doc("later", "2024-07-20",
            Event("2024-07-20", Sunan),
            Event("2024-07-01", Sinpo, role: Vocabulary.Roles.Reference)));
        Assert.Contains(launch.EventsCreated[0], later.EventsUpdated);
        Assert.Equal(2, store.CountEvents(EventQuery.All));
        Assert.Equal(["launch", "later"], store.Event(launch.EventsCreated[0])!.Documents);
    }

    [StoreFact]
    public void An_unmatched_reference_creates_an_event_that_a_later_report_merges_into()
    {
        using var store = Open();
        var mention = Ingest(store, Doc("mention", "2024-08-20", Event("2024-08-20", Sunan), Event("2024-08-05", Sinpo, role: Vocabulary.Roles.Reference)));
        var refId = mention.EventsCreated.Single(id => store.Event(id)!.Event.Role == Vocabulary.Roles.Reference);
        var report = Ingest(store, Doc("report", "2024-08-05", Event("2024-08-05", Sinpo)));
        Assert.Equal([refId], report.EventsUpdated);
        Assert.Equal(Vocabulary.Roles.Primary, store.Event(refId)!.Event.Role);
        Assert.Equal(2, store.CountEvents(EventQuery.All));
    }

    [StoreFact]
    public void A_vague_unmatched_reference_keeps_its_claims_unlinked()
    {
        using var store = Open();
        var vague = Event("2024-01-01", claims: Fig(F.RangeKm, 300, S.SouthKorea)) with
        {
            Role = Vocabulary.Roles.Reference,
            Date = new DateBounds(null, Day("2024-08-01"), "before published"),
        };
        var outcome = Ingest(store, Doc("vague", "2024-08-02", Event("2024-08-01", Sunan), vague));
        Assert.Single(outcome.EventsCreated);
        var doc = store.DocumentByName("vague")!;
        var claim = Assert.Single(doc.Claims);
        Assert.Null(claim.EventId);
        Assert.Equal(Vocabulary.Roles.Reference, claim.Role);
    }

    [StoreFact]
    public void Filters_and_paging_select_and_order_events()
    {
        using var store = Open();
        Ingest(store, Doc("d1", "2023-03-01", Event("2023-03-01", Sunan, category: Vocabulary.Categories.Ballistic, rangeKm: 300)));
        Ingest(store, Doc("d2", "2023-05-01", Event("2023-05-01", Sinpo, category: Vocabulary.Categories.Cruise, rangeKm: 1500)));
        Ingest(store, Doc("d3", "2023-07-01", Event("2023-07-01", Tongchang, category: Vocabulary.Categories.SpaceLaunch)));
        Ingest(store, Doc("d4", "2023-09-01", Event("2023-09-01", Sunan, category: Vocabulary.Categories.Ballistic, rangeKm: 1000)));
        Assert.Equal(4, store.CountEvents(EventQuery.All));
        Assert.Equal(["d2", "d3", "d4"], Names(store, new EventQuery { Since = Day("2023-04-01") }));
        Assert.Equal(["d1", "d2"], Names(store, new EventQuery { Until = Day("2023-05-01") }));
        Assert.Equal(["d1", "d4"], Names(store, new EventQuery { Site = "SUNAN" }));
        Assert.Equal(["d2"], Names(store, new EventQuery { Category = Vocabulary.Categories.Cruise }));
        Assert.Equal(["d2", "d4"], Names(store, new EventQuery { MinRange = 1000 }));
        Assert.Equal(["d2", "d3"], Names(store, new EventQuery { Offset = 1, Limit = 2 }));
        Assert.Equal(2, store.CountEvents(new EventQuery { MinRange = 1000 }));
    }

    [StoreFact]
    public void Text_search_matches_claim_quotes()
    {
        using var store = Open();
        Ingest(store, Doc("q1", "2023-03-01", Event("2023-03-01", Sunan, claims: Fig(F.ApogeeKm, 90, S.Japan))));
        Ingest(store, Doc("q2", "2023-05-01", Event("2023-05-01", Sinpo, claims: Fig(F.RangeKm, 90, S.SouthKorea))));
        Assert.Equal(["q1"], Names(store, new EventQuery { Text = "APOGEE KM" }));
    }

    [StoreFact]
    public void A_sentence_long_quote_of_any_length_is_stored_and_searchable()
    {
        // A quote is a whole sentence; text with no full stops makes one of many kilobytes. Varied words, so that
        // compression cannot shrink it under an index's entry limit (PostgreSQL's B-tree refuses ~2.7 KB).
        var words = string.Join(" ", Enumerable.Range(0, 1500).Select(i => ((i * 7919L) % 100003).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var (doc, report) = Doc("long", "2024-09-01", Event("2024-09-01", Sunan, claims: Fig(F.RangeKm, 400, S.SouthKorea)));
        var claim = report.Events[0].Claims[0];
        var quote = claim.Quote + " " + words + " needle";
        var text = doc.Text[..claim.Start] + quote + doc.Text[claim.End..];
        using var store = Open();
        var outcome = store.Ingest(doc with { Text = text }, report with { Events = [report.Events[0] with { Claims = [claim with { Quote = quote, End = claim.Start + quote.Length }] }] });
        Assert.True(quote.Length > 8000);
        Assert.Equal(IngestStatus.New, outcome.Status);
        Assert.Equal(["long"], Names(store, new EventQuery { Text = "NEEDLE" }));
    }

    [StoreFact]
    public void A_claim_said_in_several_sentences_keeps_every_sentence_as_evidence()
    {
        var (doc, report) = Doc("twice", "2024-09-01", Event("2024-09-01", Sunan, claims: [Fig(F.RangeKm, 400, S.SouthKorea), Fig(F.ApogeeKm, 50, S.SouthKorea)]));
        var claim = report.Events[0].Claims[0];
        var again = new ClaimQuote("It flew 400 km, the military said again.", claim.End + 1, claim.End + 41);
        var text = doc.Text + new string(' ', Math.Max(0, again.End - doc.Text.Length));
        Claim[] claims = [claim with { Evidence = [new ClaimQuote(claim.Quote, claim.Start, claim.End), again] }, report.Events[0].Claims[1]];
        using var store = Open();
        var outcome = store.Ingest(doc with { Text = text }, report with { Events = [report.Events[0] with { Claims = claims }] });

        var stored = store.Event(outcome.EventsCreated[0])!.Claims;
        var range = Assert.Single(stored, c => c.Claim.Field == F.RangeKm).Claim;
        Assert.Equal([claim.Start, again.Start], range.Quotes().Select(q => q.Start));
        Assert.Equal(again.Quote, range.Evidence![1].Quote);
        Assert.Null(Assert.Single(stored, c => c.Claim.Field == F.ApogeeKm).Claim.Evidence); // one sentence: nothing more stored
    }

    [StoreFact]
    public void A_failing_document_rolls_back_and_leaves_earlier_data_intact()
    {
        using var store = Open();
        var good = Ingest(store, Doc("good", "2024-09-01", Event("2024-09-01", Sunan, claims: Fig(F.RangeKm, 400, S.SouthKorea))));
        var bad = Doc("bad", "2024-09-02", Event("2024-09-01", Sunan, claims: Fig(F.RangeKm, 999, S.Japan)));
        var broken = bad.Report with { Events = [bad.Report.Events[0] with { Claims = [bad.Report.Events[0].Claims[0] with { Quote = null! }] }] };
        var outcome = store.Ingest(bad.Doc, broken);
        Assert.Equal(IngestStatus.Failed, outcome.Status);
        Assert.Contains("bad", outcome.Error, StringComparison.Ordinal);
        Assert.Null(store.DocumentByName("bad"));
        var ev = store.Event(good.EventsCreated[0])!;
        Assert.Equal(400, ev.Event.RangeKm);
        Assert.Single(ev.Claims);
        Assert.Equal(IngestStatus.New, store.Ingest(bad.Doc, bad.Report).Status); // nothing half-stored blocks a retry
    }

    [StoreFact]
    public void Parallel_ingest_of_overlapping_sets_equals_a_single_run()
    {
        var docs = Enumerable.Range(0, 12).Select(i => Doc($"p{i:D2}", $"2022-01-{(i / 2) + 1:D2}",
            Event($"2022-01-{(i / 2) + 1:D2}", i % 4 < 2 ? Sunan : Sinpo, claims: Fig(F.RangeKm, 100 + i, i % 2 == 0 ? S.SouthKorea : S.Media)))).ToList();
        using (var init = Open())
        {
            init.Migrate();
        }

        var workers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            using var store = Open(); // its own connections
            foreach (var d in docs.Skip(w * 2).Take(8)) store.Ingest(d.Doc, d.Report);
        })).ToArray();
        Task.WaitAll(workers);

        using var result = Open();
        var events = result.Events(EventQuery.All);
        Assert.Equal(docs.Select(d => d.Doc.Name).Order(), events.SelectMany(e => e.Documents).Order());
        Assert.Equal(12, events.Sum(e => e.Claims.Count));
        Assert.All(docs, d => Assert.NotNull(result.DocumentByName(d.Doc.Name)));
        // Same grouping as a single run: one event per (day, site), each holding exactly its documents.
        Assert.Equal(
            docs.GroupBy(d => (d.Report.Events[0].Date.Earliest, d.Report.Events[0].Site!.Name)).Select(g => string.Join(",", g.Select(d => d.Doc.Name))).Order(),
            events.Select(e => string.Join(",", e.Documents)).Order());
    }

    private static IngestOutcome Ingest(IEventStore store, (CleanDocument Doc, LaunchReport Report) d)
    {
        var outcome = store.Ingest(d.Doc, d.Report);
        Assert.Equal(IngestStatus.New, outcome.Status);
        return outcome;
    }

    private static string[] Names(IEventStore store, EventQuery q) => store.Events(q).Select(e => e.Documents[0]).ToArray();
}
