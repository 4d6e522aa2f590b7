using Apogee.Core.Model;
using Apogee.Core.Storage;

namespace Apogee.Web.Hosting;

/// <summary>
/// The store contract promises nothing about concurrent callers (a SQLite connection is single-threaded),
/// while Kestrel serves requests in parallel; one lock makes every call see a consistent store.
/// </summary>
public sealed class SerializedEventStore(IEventStore inner) : IEventStore
{
    private readonly Lock _gate = new();

    public void Migrate()
    {
        lock (_gate) inner.Migrate();
    }

    public IngestOutcome Ingest(CleanDocument document, LaunchReport report)
    {
        lock (_gate) return inner.Ingest(document, report);
    }

    public IReadOnlyList<StoredEvent> Events(EventQuery query)
    {
        lock (_gate) return inner.Events(query);
    }

    public int CountEvents(EventQuery query)
    {
        lock (_gate) return inner.CountEvents(query);
    }

    public StoredEvent? Event(long id)
    {
        lock (_gate) return inner.Event(id);
    }

    public StoredDocument? Document(long id)
    {
        lock (_gate) return inner.Document(id);
    }

    public StoredDocument? DocumentByName(string name)
    {
        lock (_gate) return inner.DocumentByName(name);
    }

    public void Dispose()
    {
        lock (_gate) inner.Dispose();
    }
}
