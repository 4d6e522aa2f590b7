using Apogee.Resolution;
using Dapper;

namespace Apogee.Storage.Sql;

/// <summary>The events a pass has seen: their revisions, and their states (with reports, so their shapes).</summary>
internal sealed class ReclusterPass(ISqlDialect dialect, WriteCommands w, CacheStage stage, Func<IReadOnlyList<(long Id, long Rev)>, IReadOnlyDictionary<long, CachedEvent>> known)
{
    private readonly Dictionary<long, ShapeHull> _hulls = [];
    private readonly Dictionary<long, bool> _precise = [];
    private readonly Dictionary<string, List<(DateOnly? Lo, DateOnly? Hi)>> _loose = new(StringComparer.Ordinal);

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

    /// <summary>
    /// Whether a loose report of the actor has a window meeting these days (a day of slack), as
    /// <see cref="LooseReports.Meeting"/> asks: the actor's windows are read once per pass (dates only), since the
    /// table does not change while the pass runs (this transaction's reports were recorded before it; the pass moves
    /// reports, it adds none).
    /// </summary>
    public bool LooseMeets(string actor, DateOnly lo, DateOnly hi)
    {
        var key = SqlEventReader.ActorKey(actor);
        if (!_loose.TryGetValue(key, out var windows))
        {
            windows = [.. w.Connection.Query<(string? Lo, string? Hi)>("SELECT earliest, latest FROM loose_reports WHERE actor_key = @key", new { key }, w.Transaction)
                .Select(x => (StoreJson.Day(x.Lo), StoreJson.Day(x.Hi)))];
            _loose[key] = windows;
        }

        var (from, to) = (lo.AddDays(-1), hi.AddDays(1));
        return windows.Any(x => (x.Lo is not { } a || a <= to) && (x.Hi is not { } b || b >= from));
    }
}
