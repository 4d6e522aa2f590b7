using Apogee.Resolution;

namespace Apogee.Storage.Sql;

/// <summary>The events a pass has seen: their revisions, and their states (with reports, so their shapes).</summary>
internal sealed class ReclusterPass(ISqlDialect dialect, WriteCommands w, CacheStage stage, Func<IReadOnlyList<(long Id, long Rev)>, IReadOnlyDictionary<long, CachedEvent>> known)
{
    private readonly Dictionary<long, ShapeHull> _hulls = [];
    private readonly Dictionary<long, bool> _precise = [];

    /// <summary>Whether every report of an event whose shapes were asked for is a precise primary report.</summary>
    public bool Precise(long id) => _precise[id];

    public WriteCommands W => w;

    public Dictionary<long, long> At { get; } = [];

    public void Note(IReadOnlyList<(long Id, long Rev)> rows)
    {
        foreach (var (id, r) in rows) At[id] = r;
    }

    public CacheStage Stage => stage;

    public ISqlDialect Dialect => dialect;

    /// <summary>These events' current states with their reports; an event cached without them has them read and staged.</summary>
    public Dictionary<long, CachedEvent> Entries(List<(long Id, long Rev)> rows)
    {
        Note(rows);
        var result = new Dictionary<long, CachedEvent>(rows.Count);
        foreach (var (id, entry) in rows.Count == 0 ? new Dictionary<long, CachedEvent>() : known(rows))
        {
            if (entry.Reports is not null)
            {
                result[id] = entry;
                continue;
            }

            var read = SqlEventReader.ConsolidationInput(w.Connection, w.Transaction, id);
            var full = new CachedEvent(entry.Rev, entry.Event, [.. read.Select(r => new CachedReport(r.Id, r.ContentHash, PackedReport.Pack(r.Report)))]);
            stage.Set(id, full);
            result[id] = full;
        }

        return result;
    }

    /// <summary>The shapes of these events' reports (<see cref="Entries"/>), made once per pass.</summary>
    public Dictionary<long, ShapeHull> Hulls(List<(long Id, long Rev)> rows)
    {
        var missing = rows.Where(r => !_hulls.ContainsKey(r.Id)).ToList();
        foreach (var (id, entry) in Entries(missing))
        {
            _hulls[id] = entry.Hull!;
            _precise[id] = entry.Precise;
        }

        Note(rows);
        return rows.ToDictionary(r => r.Id, r => _hulls[r.Id]);
    }
}
