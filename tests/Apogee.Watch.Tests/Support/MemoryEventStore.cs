using Apogee.Core.Model;
using Apogee.Core.Storage;
using Apogee.Watch.Alerts;

namespace Apogee.Watch.Tests.Support;

/// <summary>
/// The simplest real event store (in memory) standing in until Apogee.Storage lands: same clean text twice is a
/// duplicate; reports of the same launch day are one event; the consolidated count and figures are the largest reported.
/// </summary>
public sealed class MemoryEventStore : IEventStore
{
    private readonly HashSet<string> _hashes = new(StringComparer.Ordinal);
    private readonly List<(long Id, LaunchEvent Event, List<string> Docs)> _events = [];

    public void Migrate()
    {
    }

    public IngestOutcome Ingest(CleanDocument document, LaunchReport report)
    {
        if (!_hashes.Add(document.ContentHash)) return new IngestOutcome(document.Name, IngestStatus.Duplicate, [], []);
        if (!report.Relevant || report.Primary is not { } e) return new IngestOutcome(document.Name, IngestStatus.Irrelevant, [], []);
        var i = _events.FindIndex(x => x.Event.Date.Overlaps(e.Date));
        if (i < 0)
        {
            var id = _events.Count + 1L;
            _events.Add((id, e, [document.Name]));
            return new IngestOutcome(document.Name, IngestStatus.New, [id], [], null, []);
        }

        var (eid, old, docs) = _events[i];
        docs.Add(document.Name);
        var merged = old with
        {
            Count = Max(old.Count, e.Count),
            RangeKm = Max(old.RangeKm, e.RangeKm),
            ApogeeKm = Max(old.ApogeeKm, e.ApogeeKm),
        };
        _events[i] = (eid, merged, docs);
        var changes = WatchedFields.Snapshot(merged)
            .Select(after => new EventChange(eid, after.Field, WatchedFields.Snapshot(old).FirstOrDefault(b => b.Field == after.Field)?.After, after.After))
            .Where(c => c.Before != c.After)
            .ToList();
        return new IngestOutcome(document.Name, IngestStatus.New, [], [eid], null, changes);
    }

    public IReadOnlyList<StoredEvent> Events(EventQuery query) => [.. _events.Select(x => Stored(x.Id)!)];

    public int CountEvents(EventQuery query) => _events.Count;

    public StoredEvent? Event(long id) =>
        _events.Where(x => x.Id == id).Select(x => Stored(x)).FirstOrDefault();

    public StoredDocument? Document(long id) => null;

    public StoredDocument? DocumentByName(string name) => null;

    public void Dispose()
    {
    }

    private StoredEvent? Stored(long id) => Event(id);

    private static StoredEvent Stored((long Id, LaunchEvent Event, List<string> Docs) x) => new(x.Id, x.Event, [.. x.Docs], [], []);

    private static CountRange? Max(CountRange? a, CountRange? b) => a is null ? b : b is null ? a : b.Min > a.Min ? b : a;

    private static double? Max(double? a, double? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
