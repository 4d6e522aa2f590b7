namespace Apogee.Storage.Sql;

/// <summary>
/// Answers remembered until the store changes, keyed by the readers' stamp (<see cref="ReadVersion"/>: the last
/// document, which every ingest that changes events inserts, plus the last catalogue import): same stamp, same answers. Used
/// for counts (a listing asks for the same count on every page, and a text or site count scans an index) and for the
/// events a text search matches (a common word matches a quarter of 100k reports: ~200 ms to ask the full-text index
/// again on every page). Bounded: cleared when full or when the stamp moves.
/// </summary>
internal sealed class RevisionCache<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TValue> _answers = [];
    private long _version = long.MinValue;

    public bool TryGet(long version, TKey key, out TValue value)
    {
        lock (_gate)
        {
            if (version == _version && _answers.TryGetValue(key, out var known))
            {
                value = known;
                return true;
            }

            value = default!;
            return false;
        }
    }

    public void Set(long version, TKey key, TValue value)
    {
        lock (_gate)
        {
            if (version != _version || _answers.Count >= capacity)
            {
                _answers.Clear();
                _version = version;
            }

            _answers[key] = value;
        }
    }
}
