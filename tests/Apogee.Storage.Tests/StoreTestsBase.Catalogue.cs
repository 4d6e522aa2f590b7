using Apogee.Core.Catalogue;
using Apogee.Core.Model;
using Apogee.Core.Storage;
using static Apogee.Storage.Tests.Synth;

namespace Apogee.Storage.Tests;

/// <summary>The reference catalogue in the store (migration 5): launches stored once, every event linked and kept linked.</summary>
public abstract partial class StoreTestsBase
{
    private static CatalogueLaunch Launch(string day, string facility, double lat, double lon, int count = 1, string? missile = null, double? apogee = null) =>
        new(0, Day(day), Vocabulary.Sources.NorthKorea, missile, "SRBM", facility, lat, lon, count, apogee, null, "Success", "synthetic.csv:2");

    private static IReadOnlyList<CatalogueLaunch> TwoLaunchesOnMarchFirst =>
    [
        Launch("2024-03-01", "Sinpo Shipyard", 40.03, 128.18),
        Launch("2024-03-01", "Sunan", 39.2, 125.67, count: 2, missile: "KN-23", apogee: 50),
    ];

    [StoreFact]
    public void An_event_ingested_after_the_import_is_linked_to_the_launch_of_its_day_and_site()
    {
        using var store = Open();
        store.ImportCatalogue(TwoLaunchesOnMarchFirst);
        var (doc, report) = Doc("sunan", "2024-03-02", Event("2024-03-01", Sunan));
        store.Ingest(doc, report);

        var ev = Assert.Single(store.Events(EventQuery.All));
        Assert.Equal("Sunan", ev.Catalogue?.Launch.Facility);
        Assert.Equal(2, ev.Catalogue!.Launch.Count);
        Assert.Equal(0, ev.Catalogue.SiteKm!.Value, 3);
        Assert.Equal(ev.Catalogue, store.Event(ev.Id)!.Catalogue);
    }

    [StoreFact]
    public void Importing_after_the_events_links_them_and_importing_again_changes_nothing()
    {
        using var store = Open();
        var (doc, report) = Doc("sinpo", "2024-03-02", Event("2024-03-02", Sinpo));
        store.Ingest(doc, report);
        Assert.Null(Assert.Single(store.Events(EventQuery.All)).Catalogue);

        var first = store.ImportCatalogue(TwoLaunchesOnMarchFirst);
        var second = store.ImportCatalogue(TwoLaunchesOnMarchFirst);

        Assert.Equal(new CatalogueImport(2, 0, 0, 1), first);
        Assert.Equal(new CatalogueImport(0, 0, 2, 0), second);
        Assert.Equal("Sinpo Shipyard", Assert.Single(store.Events(EventQuery.All)).Catalogue?.Launch.Facility);
        Assert.Equal(2, store.Catalogue().Count);
    }

    [StoreFact]
    public void An_import_that_relinks_events_moves_the_revision_and_one_that_changes_nothing_does_not()
    {
        using var store = Open();
        Ingest(store, Doc("sinpo", "2024-03-02", Event("2024-03-02", Sinpo)));
        var before = store.Revision();

        store.ImportCatalogue(TwoLaunchesOnMarchFirst);
        var linked = store.Revision();
        store.ImportCatalogue(TwoLaunchesOnMarchFirst);

        // An HTTP validator built on the revision must not call a list without its catalogue column current.
        Assert.NotEqual(before, linked);
        Assert.Equal(linked, store.Revision());
    }

    [StoreFact]
    public void A_list_page_read_in_one_go_has_the_count_rows_and_catalogue_links_of_the_separate_calls()
    {
        using var store = Open();
        store.ImportCatalogue(TwoLaunchesOnMarchFirst);
        Ingest(store, Doc("sinpo", "2024-03-02", Event("2024-03-01", Sinpo)));
        Ingest(store, Doc("sunan", "2024-05-02", Event("2024-05-01", Sunan)));
        var q = EventQuery.All with { Limit = 1 };
        long? seen = null;

        var page = store.ListPage(q, revision => (seen = revision) is not null);

        Assert.NotNull(page);
        Assert.Equal(store.Revision(), seen);
        Assert.Equal(2, page.Total);
        var row = Assert.Single(page.Rows);
        Assert.Equal(store.List(q).Single().Id, row.Id);
        Assert.Equal("Sinpo Shipyard", row.Catalogue?.Launch.Facility);
        Assert.Null(store.ListPage(q, _ => false)); // the client's copy is current: no page read
    }

    [StoreFact]
    public void A_launch_whose_facts_changed_is_updated_in_place_and_keeps_its_id()
    {
        using var store = Open();
        store.ImportCatalogue(TwoLaunchesOnMarchFirst);
        var before = store.Catalogue().Single(c => c.Launch.Facility == "Sunan").Launch;

        var result = store.ImportCatalogue([TwoLaunchesOnMarchFirst[1] with { ApogeeKm = 60, Lines = "newer.csv:7" }]);

        var after = store.Catalogue().Single(c => c.Launch.Facility == "Sunan").Launch;
        Assert.Equal(new CatalogueImport(0, 1, 0, 0), result);
        Assert.Equal(before.Id, after.Id);
        Assert.Equal(60, after.ApogeeKm);
        Assert.Equal("newer.csv:7", after.Lines);
    }

    [StoreFact]
    public void A_link_follows_the_event_when_a_later_report_changes_its_site()
    {
        using var store = Open();
        store.ImportCatalogue(TwoLaunchesOnMarchFirst);
        var (first, firstReport) = Doc("no-site", "2024-03-01", Event("2024-03-01"));
        store.Ingest(first, firstReport);
        // Two launches that day and no site yet: the lower id (Sinpo Shipyard, the first by key) is as good as any.
        Assert.Equal("Sinpo Shipyard", Assert.Single(store.Events(EventQuery.All)).Catalogue?.Launch.Facility);

        var (second, secondReport) = Doc("sunan-named", "2024-03-02", Event("2024-03-01", Sunan));
        store.Ingest(second, secondReport);

        var ev = Assert.Single(store.Events(EventQuery.All));
        Assert.Equal(2, ev.Reports);
        Assert.Equal("Sunan", ev.Catalogue?.Launch.Facility);
        Assert.Equal([ev.Id], store.Catalogue().Single(c => c.Launch.Facility == "Sunan").EventIds);
        Assert.Empty(store.Catalogue().Single(c => c.Launch.Facility == "Sinpo Shipyard").EventIds);
    }

    [StoreFact]
    public void Events_of_other_days_cruise_missiles_and_vague_dates_are_linked_to_nothing()
    {
        using var store = Open();
        store.ImportCatalogue(TwoLaunchesOnMarchFirst);
        store.Ingest(Doc("later", "2024-03-04", Event("2024-03-03", Sunan)).Doc, Doc("later", "2024-03-04", Event("2024-03-03", Sunan)).Report);
        var cruise = Doc("cruise", "2024-03-01", Event("2024-03-01", Sinpo, category: Vocabulary.Categories.Cruise));
        store.Ingest(cruise.Doc, cruise.Report);
        var vague = Doc("vague", "2024-03-20", Event("2024-03-01") with { Date = new DateBounds(Day("2024-02-25"), Day("2024-03-05"), "test") });
        store.Ingest(vague.Doc, vague.Report);

        Assert.All(store.Events(EventQuery.All), e => Assert.Null(e.Catalogue));
    }

    [StoreFact]
    public void Links_survive_a_new_store_instance_and_a_batch_links_like_single_ingests()
    {
        using (var store = Open())
        {
            store.ImportCatalogue(TwoLaunchesOnMarchFirst);
            store.IngestBatch([Doc("b1", "2024-03-02", Event("2024-03-01", Sunan)), Doc("b2", "2024-03-02", Event("2024-03-01", Sinpo, "15:00"))]);
        }

        using var again = Open();
        var links = again.Events(EventQuery.All).Select(e => e.Catalogue?.Launch.Facility).Order().ToList();
        Assert.Equal(["Sinpo Shipyard", "Sunan"], links);
    }
}
