using Apogee.Core.Storage;

namespace Apogee.Storage.Sql;

/// <summary>
/// Remembers <c>CountEvents</c> answers until the store changes. Every change to events happens in an ingest that
/// inserts a document row in the same transaction (events are never deleted), and ingests are serialised by the writer
/// lock, so the highest document id is a version stamp: same stamp, same counts. A listing asks for the same count on
/// every page, and a text or site count scans an index, so repeats are worth skipping. Bounded: cleared when full.
/// </summary>
internal sealed class CountCache
{
    private const int Capacity = 512;

    private readonly Lock _gate = new();
    private readonly Dictionary<EventQuery, int> _counts = [];
    private long _version = long.MinValue;

    public bool TryGet(long version, EventQuery filter, out int count)
    {
        lock (_gate)
        {
            if (version == _version) return _counts.TryGetValue(filter, out count);
            count = 0;
            return false;
        }
    }

    public void Set(long version, EventQuery filter, int count)
    {
        lock (_gate)
        {
            if (version != _version || _counts.Count >= Capacity)
            {
                _counts.Clear();
                _version = version;
            }

            _counts[filter] = count;
        }
    }
}
