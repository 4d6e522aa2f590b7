namespace Apogee.Storage.Sql;

/// <summary>
/// The events whose report quotes hold a text search's words, remembered until the store changes (the same version
/// stamp as <see cref="CountCache"/>: the highest document id). A text page used to ask the full-text index for every
/// matching report on every request (a common word matches a quarter of 100k reports: ~200 ms a page); the set for a
/// given store version never changes, so each page after the first only walks the listing index. Bounded: cleared when
/// full or when the version moves.
/// </summary>
internal sealed class TextMatchCache
{
    private const int Capacity = 64;

    private readonly Lock _gate = new();
    private readonly Dictionary<(string Argument, bool Phrase), HashSet<long>> _sets = [];
    private long _version = long.MinValue;

    public HashSet<long> GetOrAdd(long version, TextSearch search, string argument, Func<HashSet<long>> read)
    {
        var key = (argument, search.Phrase);
        lock (_gate)
        {
            if (version == _version && _sets.TryGetValue(key, out var known)) return known;
        }

        var found = read();
        lock (_gate)
        {
            if (version != _version || _sets.Count >= Capacity)
            {
                _sets.Clear();
                _version = version;
            }

            _sets[key] = found;
        }

        return found;
    }
}
