namespace Apogee.Storage.Sql;

/// <summary>
/// Recently touched events of one store instance, least recently used dropped first once the total weight passes the
/// budget. Only committed states go in (see <see cref="CacheStage"/>), and a user always checks the entry's revision
/// against the events row read in its own write transaction, so another process's write simply makes the entry stale.
/// Thread-safe: one store may serve many threads.
/// </summary>
internal sealed class EventCache(long budget)
{
    /// <summary>
    /// In bytes (<see cref="CachedEvent.Weight"/>: packed reports with their ids and content hashes plus a fixed 2 KB
    /// per event for its consolidated object). The 100k bench's whole store weighs ~74 MB by that count (100,000
    /// reports of ~210 bytes plus ~210 for the hash and overheads, 15,811 events), so it stays cached; a larger store
    /// keeps its most recently used events and reads the rest back.
    /// </summary>
    public const long DefaultBudget = 128L * 1024 * 1024;

    private readonly object _gate = new();
    private readonly Dictionary<long, LinkedListNode<(long Id, CachedEvent Entry)>> _map = [];
    private readonly LinkedList<(long Id, CachedEvent Entry)> _order = new(); // most recent first
    private long _weight;

    public int Count
    {
        get
        {
            lock (_gate) return _map.Count;
        }
    }

    /// <summary>The entry for this event if it is at exactly this revision.</summary>
    public CachedEvent? Get(long id, long rev)
    {
        lock (_gate)
        {
            if (!_map.TryGetValue(id, out var node) || node.Value.Entry.Rev != rev) return null;
            _order.Remove(node);
            _order.AddFirst(node);
            return node.Value.Entry;
        }
    }

    /// <summary>Records committed states; an older revision never replaces a newer one (revisions grow with document ids).</summary>
    public void Put(IEnumerable<KeyValuePair<long, CachedEvent>> entries)
    {
        lock (_gate)
        {
            foreach (var (id, entry) in entries)
            {
                if (_map.TryGetValue(id, out var old))
                {
                    if (old.Value.Entry.Rev > entry.Rev) continue;
                    Remove(old);
                }

                var node = _order.AddFirst((id, entry));
                _map[id] = node;
                _weight += entry.Weight;
            }

            while (_weight > budget && _order.Last is { } last) Remove(last);
        }
    }

    private void Remove(LinkedListNode<(long Id, CachedEvent Entry)> node)
    {
        _order.Remove(node);
        _map.Remove(node.Value.Id);
        _weight -= node.Value.Entry.Weight;
    }
}
