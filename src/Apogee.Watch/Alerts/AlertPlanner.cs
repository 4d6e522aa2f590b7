using Apogee.Core.Storage;
using Apogee.Watch.State;

namespace Apogee.Watch.Alerts;

/// <summary>
/// Decides which alerts one ingest deserves: a new_event for each created event never announced before (recorded in
/// the state at once, so it is never announced twice, even across restarts), and an event_changed for each other
/// event whose watched fields changed. Reads the store only to describe the event.
/// </summary>
public sealed class AlertPlanner(IEventStore store)
{
    public IReadOnlyList<Alert> Plan(IngestOutcome outcome, WatchState state, DateTimeOffset at)
    {
        var alerts = new List<Alert>();
        if (outcome.Status == IngestStatus.Failed) return alerts;
        var changes = outcome.Changes ?? [];
        var fresh = new HashSet<long>();
        foreach (var id in outcome.EventsCreated.Distinct())
        {
            fresh.Add(id);
            if (!state.MarkAnnounced(id)) continue;
            var stored = TryRead(id);
            var fields = stored is not null
                ? WatchedFields.Snapshot(stored.Event)
                : Watched(changes.Where(c => c.EventId == id)).Select(c => c with { Before = null }).ToList();
            var docs = DocumentsOf(stored, outcome);
            alerts.Add(new Alert(AlertKinds.NewEvent, id, AlertText.ForNew(id, stored?.Event, docs.Count), fields, docs, at));
        }

        foreach (var group in changes.Where(c => !fresh.Contains(c.EventId)).GroupBy(c => c.EventId))
        {
            var watched = Watched(group).Where(c => c.Before != c.After).ToList();
            if (watched.Count == 0) continue;
            var stored = TryRead(group.Key);
            var docs = DocumentsOf(stored, outcome);
            alerts.Add(new Alert(AlertKinds.EventChanged, group.Key, AlertText.ForChange(group.Key, watched, docs.Count), watched, docs, at));
        }

        return alerts;
    }

    private static IEnumerable<AlertChange> Watched(IEnumerable<EventChange> changes) =>
        changes
            .Select(c => (Field: WatchedFields.Canonical(c.Field), c))
            .Where(x => x.Field is not null)
            .OrderBy(x => WatchedFields.All.ToList().IndexOf(x.Field!))
            .Select(x => new AlertChange(x.Field!, x.c.Before, x.c.After));

    private static IReadOnlyList<string> DocumentsOf(StoredEvent? stored, IngestOutcome outcome) =>
        stored is { Documents.Count: > 0 } ? stored.Documents : [outcome.Document];

    /// <summary>A store that cannot describe the event must not stop the alert: it goes out with what the outcome says.</summary>
    private StoredEvent? TryRead(long id)
    {
        try
        {
            return store.Event(id);
        }
        catch (Exception)
        {
            return null;
        }
    }
}
