using Apogee.Core.Model;
using Apogee.Core.Storage;

namespace Apogee.Watch.Tests.Support;

/// <summary>
/// The real store behind an outage: while <see cref="Down"/> is set, writes fail the way the SQL store reports a
/// database error (a transient store failure, nothing written); reads and writes otherwise go to the real store.
/// </summary>
internal sealed class OutageStore(IEventStore inner) : IEventStore
{
    public bool Down { get; set; }

    public int Refused { get; private set; }

    public void Migrate() => inner.Migrate();

    public IngestOutcome Ingest(CleanDocument document, LaunchReport report)
    {
        if (!Down) return inner.Ingest(document, report);
        Refused++;
        return IngestOutcome.StoreFailed(document.Name, $"could not store '{document.Name}': database is locked (test outage)");
    }

    public IReadOnlyList<StoredEvent> Events(EventQuery query) => inner.Events(query);

    public int CountEvents(EventQuery query) => inner.CountEvents(query);

    public StoredEvent? Event(long id) => inner.Event(id);

    public StoredDocument? Document(long id) => inner.Document(id);

    public StoredDocument? DocumentByName(string name) => inner.DocumentByName(name);

    public void Dispose()
    {
        // The harness owns and disposes the real store.
    }
}
