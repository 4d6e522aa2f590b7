using Apogee.Core.Model;

namespace Apogee.Storage.Sql;

/// <summary>
/// Consolidated events of sets of stored reports, by their report ids (<see cref="Key"/>), for the re-clustering pass.
/// The pass re-places every report of a neighbourhood in canonical order and consolidates each group after each join;
/// the same neighbourhood is re-clustered by many transactions, and a set of stored reports always consolidates alike
/// (a report's row and claims never change while it exists; ids are never reused once committed). Only committed
/// sets come in (<see cref="CacheStage"/>). Two generations of at most <see cref="Generation"/> entries: when the
/// current one is full it becomes the old one, and a hit in the old one moves back. Thread-safe.
/// </summary>
internal sealed class ProfileMemo
{
    /// <summary>Entries per generation: a pass makes a few hundred; a consolidated event is a few hundred bytes.</summary>
    public const int Generation = 16384;

    private readonly object _gate = new();
    private Dictionary<string, LaunchEvent> _current = new(StringComparer.Ordinal);
    private Dictionary<string, LaunchEvent> _old = new(StringComparer.Ordinal);

    /// <summary>The key of a set of report ids: ascending, comma-separated.</summary>
    public static string Key(IEnumerable<long> reportIds) => string.Join(',', reportIds.Order());

    public LaunchEvent? Get(string key)
    {
        lock (_gate)
        {
            if (_current.TryGetValue(key, out var hit)) return hit;
            if (!_old.Remove(key, out hit)) return null;
            Add(key, hit);
            return hit;
        }
    }

    public void Put(IEnumerable<KeyValuePair<string, LaunchEvent>> entries)
    {
        lock (_gate)
        {
            foreach (var (key, profile) in entries) Add(key, profile);
        }
    }

    private void Add(string key, LaunchEvent profile)
    {
        if (_current.Count >= Generation && !_current.ContainsKey(key))
        {
            _old = _current;
            _current = new Dictionary<string, LaunchEvent>(StringComparer.Ordinal);
        }

        _current[key] = profile;
    }
}
