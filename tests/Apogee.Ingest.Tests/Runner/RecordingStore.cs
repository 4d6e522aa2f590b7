using Apogee.Core.Model;
using Apogee.Core.Storage;

namespace Apogee.Ingest.Tests.Runner;

/// <summary>
/// A store that keeps what it was handed, call by call, so tests can see order and batching. The runner's contract
/// with a store is exactly these two calls; the real SQLite/PostgreSQL stores are exercised by the CLI tests.
/// Relevant documents create one event each, numbered in arrival order.
/// </summary>
internal sealed class RecordingStore : IEventStore
{
    private readonly object _gate = new();
    private long _next;

    public List<IReadOnlyList<string>> Calls { get; } = [];

    /// <summary>Called after every store call with the call's documents (tests wait on it).</summary>
    public Action<IReadOnlyList<string>>? AfterCall { get; init; }

    public IReadOnlyList<string> Documents
    {
        get
        {
            lock (_gate) return Calls.SelectMany(c => c).ToList();
        }
    }

    public void Migrate()
    {
    }

    public IngestOutcome Ingest(CleanDocument document, LaunchReport report) => IngestBatch([(document, report)])[0];

    public IReadOnlyList<IngestOutcome> IngestBatch(IReadOnlyList<(CleanDocument Document, LaunchReport Report)> items)
    {
        List<string> names;
        List<IngestOutcome> outcomes;
        lock (_gate)
        {
            names = items.Select(i => i.Document.Name).ToList();
            Calls.Add(names);
            outcomes = items.Select(i => i.Report.Relevant
                    ? new IngestOutcome(i.Document.Name, IngestStatus.New, [++_next], [])
                    : new IngestOutcome(i.Document.Name, IngestStatus.Irrelevant, [], []))
                .ToList();
        }

        AfterCall?.Invoke(names);
        return outcomes;
    }

    public IReadOnlyList<StoredEvent> Events(EventQuery query) => [];

    public int CountEvents(EventQuery query) => 0;

    public StoredEvent? Event(long id) => null;

    public StoredDocument? Document(long id) => null;

    public StoredDocument? DocumentByName(string name) => null;

    public void Dispose()
    {
    }
}
