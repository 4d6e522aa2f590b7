using Apogee.Core.Catalogue;
using Apogee.Core.Model;

namespace Apogee.Core.Storage;

/// <summary>
/// Store: documents, claims and resolved events. SQLite and PostgreSQL implement it and pass one test suite.
/// <see cref="Ingest"/> stores one document in one transaction and resolves its events; the same clean text twice changes nothing.
/// Event ids are stable: adding reports never renumbers existing events.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>Applies pending schema migrations (idempotent).</summary>
    void Migrate();

    IngestOutcome Ingest(CleanDocument document, LaunchReport report);

    /// <summary>
    /// Stores several documents as <see cref="Ingest"/> would, in order, with the same outcomes; a store may share one
    /// writer lock and one commit among them (each document still all-or-nothing). For bulk loads: the commit per
    /// document is a large part of a small document's cost.
    /// </summary>
    IReadOnlyList<IngestOutcome> IngestBatch(IReadOnlyList<(CleanDocument Document, LaunchReport Report)> items) =>
        items.Select(i => Ingest(i.Document, i.Report)).ToList();

    IReadOnlyList<StoredEvent> Events(EventQuery query);

    int CountEvents(EventQuery query);

    /// <summary>
    /// A page of <see cref="Events"/> as a list shows it: consolidated fields and the stored summary, no claims. A store
    /// keeps the summary on the event row, so this reads one row per event; the default computes it from full events.
    /// </summary>
    IReadOnlyList<EventListing> List(EventQuery query) => Events(query).Select(ListingSummary.Of).ToList();

    /// <summary>
    /// A list request in one go: the store's <see cref="Revision"/> goes to <paramref name="answer"/> first (an HTTP
    /// validator: false when the client's copy is current, and then null comes back without reading the page), then
    /// the total and the page, as of that revision where the store can tell. A store answers it over one connection.
    /// </summary>
    ListedPage? ListPage(EventQuery query, Func<long?, bool> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer(Revision()) ? new ListedPage(CountEvents(query), List(query)) : null;
    }

    /// <summary>
    /// A number that changes whenever anything a reader sees changes (validators such as HTTP ETags), or null when the
    /// store cannot tell.
    /// </summary>
    long? Revision() => null;

    StoredEvent? Event(long id);

    StoredDocument? Document(long id);

    StoredDocument? DocumentByName(string name);

    /// <summary>
    /// Adds the catalogue's launches (a launch already stored with the same facts changes nothing; one with other facts
    /// is updated in place, keeping its id) and links every event to the launch it matches, all in one transaction.
    /// </summary>
    CatalogueImport ImportCatalogue(IReadOnlyList<CatalogueLaunch> launches) =>
        throw new NotSupportedException("this store keeps no reference catalogue");

    /// <summary>Every stored catalogue launch, by day, with the events linked to it.</summary>
    IReadOnlyList<CatalogueEntry> Catalogue() => [];
}
