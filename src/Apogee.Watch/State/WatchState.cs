using Apogee.Watch.Http;

namespace Apogee.Watch.State;

/// <summary>
/// What watch mode must remember across restarts: validators per URL (conditional GET), item ids seen per feed
/// (never ingest twice), and event ids already announced as new (never announce twice).
/// Mutated only by the watch loop, one source at a time.
/// </summary>
public sealed class WatchState
{
    /// <summary>Feeds list their latest items; remembering far more than a feed ever shows is enough.</summary>
    public const int MaxSeenPerFeed = 5000;

    /// <summary>A receiver that stays down must not grow the state file without bound; the oldest alerts go first.</summary>
    public const int MaxPending = 1000;

    private readonly SortedDictionary<string, Validators> _validators = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, List<string>> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _seenIndex = new(StringComparer.Ordinal);
    private readonly SortedSet<long> _announced = [];
    private readonly List<PendingAlert> _pending = [];

    public IReadOnlyDictionary<string, Validators> AllValidators => _validators;

    public IReadOnlyDictionary<string, List<string>> AllSeen => _seen;

    public IReadOnlyCollection<long> Announced => _announced;

    public IReadOnlyList<PendingAlert> Pending => _pending;

    public void AddPending(PendingAlert pending)
    {
        _pending.Add(pending);
        if (_pending.Count > MaxPending) _pending.RemoveAt(0);
    }

    public void RemovePending(PendingAlert pending) => _pending.Remove(pending);

    public Validators ValidatorsFor(Uri url) => _validators.TryGetValue(url.AbsoluteUri, out var v) ? v : Validators.None;

    public void SetValidators(Uri url, Validators validators)
    {
        if (validators.IsEmpty) _validators.Remove(url.AbsoluteUri);
        else _validators[url.AbsoluteUri] = validators;
    }

    public bool IsSeen(Uri feed, string itemId) =>
        _seenIndex.TryGetValue(feed.AbsoluteUri, out var set) && set.Contains(itemId);

    public void MarkSeen(Uri feed, string itemId) => MarkSeen(feed.AbsoluteUri, itemId);

    public bool IsAnnounced(long eventId) => _announced.Contains(eventId);

    /// <summary>Records the event as announced; false when it already was.</summary>
    public bool MarkAnnounced(long eventId) => _announced.Add(eventId);

    internal void MarkSeen(string feed, string itemId)
    {
        if (!_seen.TryGetValue(feed, out var list))
        {
            _seen[feed] = list = [];
            _seenIndex[feed] = new HashSet<string>(StringComparer.Ordinal);
        }

        if (!_seenIndex[feed].Add(itemId)) return;
        list.Add(itemId);
        if (list.Count > MaxSeenPerFeed)
        {
            _seenIndex[feed].Remove(list[0]);
            list.RemoveAt(0);
        }
    }
}
