using Apogee.Core.Model;
using Apogee.Core.Storage;
using static Apogee.Storage.Tests.Synth;
using F = Apogee.Core.Model.Vocabulary.Fields;
using S = Apogee.Core.Model.Vocabulary.Sources;

namespace Apogee.Storage.Tests;

/// <summary>
/// The query shapes migration 2 introduced (index ranges bounded by the widest stored date interval, the period seek,
/// cached counts) must give the answers the plain predicates gave.
/// </summary>
public abstract partial class StoreTestsBase
{
    private static LaunchEvent Wide(string from, string to, SiteRef site) =>
        Event(from, site) with { Date = new DateBounds(Day(from), Day(to), "test month") };

    [StoreFact]
    public void Counts_follow_every_ingest()
    {
        using var store = Open();
        var sinpo = new EventQuery { Site = "sinpo" };
        Assert.Equal(0, store.CountEvents(EventQuery.All));
        Assert.Equal(0, store.CountEvents(sinpo));
        store.Ingest(Doc("c1", "2024-05-02", Event("2024-05-01", Sinpo, claims: Fig(F.RangeKm, 600, S.SouthKorea))).Doc, Doc("c1", "2024-05-02", Event("2024-05-01", Sinpo, claims: Fig(F.RangeKm, 600, S.SouthKorea))).Report);
        Assert.Equal(1, store.CountEvents(EventQuery.All));
        Assert.Equal(1, store.CountEvents(sinpo));
        var (doc, report) = Doc("c2", "2024-07-02", Event("2024-07-01", Sunan));
        store.Ingest(doc, report);
        Assert.Equal(2, store.CountEvents(EventQuery.All));
        Assert.Equal(1, store.CountEvents(sinpo));
        using var other = Open(); // another instance (another process, in effect) sees the same counts
        Assert.Equal(2, other.CountEvents(EventQuery.All));
    }

    [StoreTheory]
    [InlineData("sinpo", "s-far s-near", 2)]
    [InlineData("SINPO", "s-far s-near", 2)]
    [InlineData("po so", "s-far", 1)]
    [InlineData("-ri", "s-tong", 1)]
    [InlineData("%", "", 0)] // the text is literal, not a LIKE pattern
    [InlineData("s_npo", "", 0)]
    [InlineData("nowhere", "", 0)]
    public void A_site_filter_matches_part_of_any_stored_site_name_in_listing_order(string text, string names, int count)
    {
        using var store = Open();
        var shipyard = Site("Sinpo South Shipyard", 40.02, 128.17);
        Ingest(store, Doc("s-near", "2024-02-02", Event("2024-02-01", Sinpo)));
        Ingest(store, Doc("s-sunan", "2024-03-02", Event("2024-03-01", Sunan)));
        Ingest(store, Doc("s-far", "2024-01-02", Event("2024-01-01", shipyard)));
        Ingest(store, Doc("s-tong", "2024-04-02", Event("2024-04-01", Tongchang)));
        var q = new EventQuery { Site = text, Limit = 10 };

        Assert.Equal(names, string.Join(' ', store.List(q).Select(e => store.Event(e.Id)!.Documents[0])));
        Assert.Equal(names, string.Join(' ', Names(store, q)));
        Assert.Equal(count, store.CountEvents(q));
    }

    [StoreFact]
    public void A_site_filter_sees_a_site_the_next_ingest_adds()
    {
        using var store = Open();
        Ingest(store, Doc("n1", "2024-02-02", Event("2024-02-01", Sinpo)));
        var q = new EventQuery { Site = "sunan" };
        Assert.Empty(store.List(q));
        Ingest(store, Doc("n2", "2024-03-02", Event("2024-03-01", Sunan)));
        Assert.Single(store.List(q));
        Assert.Equal(1, store.CountEvents(q));
    }

    [StoreFact]
    public void A_wide_interval_far_before_the_report_still_meets_it_and_its_periods()
    {
        using var store = Open();
        // Stored first: a whole-month event at Sunan, then precise launches elsewhere that widen nothing.
        var (wideDoc, wideReport) = Doc("wide", "2024-04-01", Wide("2024-03-01", "2024-03-31", Sunan));
        Assert.Single(store.Ingest(wideDoc, wideReport).EventsCreated);
        var (otherDoc, otherReport) = Doc("other", "2024-03-21", Event("2024-03-20", Tongchang));
        Assert.Single(store.Ingest(otherDoc, otherReport).EventsCreated);

        // A period that starts after the wide event's earliest day but before its latest day includes it...
        var since = new EventQuery { Since = Day("2024-03-25"), Limit = 10 };
        Assert.Equal(["wide"], Names(store, since));
        Assert.Equal(1, store.CountEvents(since));
        // ...and so does one that starts at its last day; one that starts the day after does not.
        Assert.Equal(["wide"], Names(store, new EventQuery { Since = Day("2024-03-31"), Limit = 10 }));
        Assert.Empty(Names(store, new EventQuery { Since = Day("2024-04-01"), Limit = 10 }));
    }

    [StoreFact]
    public void A_batch_gives_the_outcomes_and_events_of_one_ingest_after_another()
    {
        var a1 = Doc("b1", "2024-05-02", Event("2024-05-01", Sinpo, claims: Fig(F.RangeKm, 600, S.SouthKorea)));
        var a2 = Doc("b2", "2024-05-02", Event("2024-05-01", Sinpo, claims: Fig(F.RangeKm, 650, S.Japan)));
        var dup = (a1.Doc with { Name = "b1-copy" }, a1.Report);
        var other = Doc("b3", "2024-06-02", Event("2024-06-01", Sunan));
        var items = new List<(CleanDocument Document, LaunchReport Report)> { a1, dup, Irrelevant("b-talks"), a2, other };

        using var store = Open();
        var outcomes = store.IngestBatch(items);
        Assert.Equal(
            [IngestStatus.New, IngestStatus.Duplicate, IngestStatus.Irrelevant, IngestStatus.New, IngestStatus.New],
            outcomes.Select(o => o.Status).ToArray());
        Assert.Single(outcomes[0].EventsCreated);
        Assert.Equal(outcomes[0].EventsCreated, outcomes[3].EventsUpdated); // the second report of one launch merges
        Assert.Equal(2, store.CountEvents(EventQuery.All));
        Assert.Equal(["b1", "b2"], store.Events(EventQuery.All)[0].Documents);
        Assert.Null(store.DocumentByName("b1-copy"));
        Assert.NotNull(store.DocumentByName("b-talks"));
        Assert.Empty(store.IngestBatch([]));
    }
}
