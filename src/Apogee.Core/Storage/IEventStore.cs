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

    IReadOnlyList<StoredEvent> Events(EventQuery query);

    int CountEvents(EventQuery query);

    StoredEvent? Event(long id);

    StoredDocument? Document(long id);

    StoredDocument? DocumentByName(string name);
}
