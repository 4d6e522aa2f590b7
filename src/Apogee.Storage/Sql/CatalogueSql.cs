using System.Data.Common;
using Apogee.Catalogue;
using Apogee.Core.Catalogue;
using Apogee.Core.Model;
using Apogee.Core.Storage;
using Apogee.Storage.Rows;
using Dapper;

namespace Apogee.Storage.Sql;

/// <summary>
/// The catalogue's tables (migration 5): storing launches, linking events to them, and reading the links back. Shared
/// SQL for both engines, like the rest of the store.
/// </summary>
internal static class CatalogueSql
{
    /// <summary>The catalogue's version: the last import that changed it (0: none), an index lookup the writer runs per transaction.</summary>
    public static long Version(DbConnection c, DbTransaction? tx) =>
        c.ExecuteScalar<long?>("SELECT MAX(id) FROM catalogue_imports", transaction: tx) ?? 0;

    public static List<CatalogueLaunch> Launches(DbConnection c, DbTransaction? tx) =>
        c.Query<CatalogueLaunchRow>($"SELECT {CatalogueLaunchRow.Columns} FROM catalogue_launches l ORDER BY l.day, l.id", transaction: tx)
            .Select(ToLaunch).ToList();

    /// <summary>
    /// Adds new launches and updates those whose facts changed (keeping their id); a launch stored with the same facts
    /// is left alone, so an import twice adds nothing. Inside the caller's write transaction.
    /// </summary>
    public static (int Added, int Updated, int Unchanged) Store(DbConnection c, DbTransaction tx, IReadOnlyList<CatalogueLaunch> launches)
    {
        var known = Launches(c, tx).ToDictionary(l => l.Key, StringComparer.Ordinal);
        int added = 0, updated = 0, unchanged = 0;
        foreach (var l in launches.GroupBy(l => l.Key, StringComparer.Ordinal).Select(g => g.Last()))
        {
            var args = new
            {
                key = l.Key, day = StoreJson.Day(l.Day), actor = l.Actor, missile = l.Missile, type = l.MissileType, facility = l.Facility,
                lat = l.Lat, lon = l.Lon, count = (long)l.Count, apogee = l.ApogeeKm, distance = l.DistanceKm, outcome = l.Outcome, lines = l.Lines,
                id = known.TryGetValue(l.Key, out var old) ? old.Id : 0,
            };
            if (old is null)
            {
                c.Execute(
                    """
                    INSERT INTO catalogue_launches (launch_key, day, actor, missile, missile_type, facility, lat, lon, count, apogee_km, distance_km, outcome, lines)
                    VALUES (@key, @day, @actor, @missile, @type, @facility, @lat, @lon, @count, @apogee, @distance, @outcome, @lines)
                    """,
                    args, tx);
                added++;
            }
            else if (!old.SameFacts(l))
            {
                c.Execute(
                    """
                    UPDATE catalogue_launches SET day = @day, actor = @actor, missile = @missile, missile_type = @type, facility = @facility, lat = @lat,
                      lon = @lon, count = @count, apogee_km = @apogee, distance_km = @distance, outcome = @outcome, lines = @lines
                    WHERE id = @id
                    """,
                    args, tx);
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        if (added + updated > 0)
        {
            c.Execute("INSERT INTO catalogue_imports (added, updated) VALUES (@added, @updated)", new { added = (long)added, updated = (long)updated }, tx);
        }

        return (added, updated, unchanged);
    }

    /// <summary>Links every event to the launch <paramref name="matcher"/> gives it (or none); returns how many links changed.</summary>
    /// <remarks>Reads every event once (an import is rare; 100k events are a few seconds); writes only the changed links.</remarks>
    public static int Relink(DbConnection c, DbTransaction tx, CatalogueMatcher matcher)
    {
        var changed = c.Query<(long Id, string EventJson, long? CatalogueId)>("SELECT id, event_json, catalogue_id FROM events ORDER BY id", transaction: tx)
            .Select(r => (r.Id, Now: Link(matcher, StoreJson.Read<LaunchEvent>(r.EventJson)), Was: r.CatalogueId))
            .Where(r => r.Now != r.Was)
            .ToList();
        foreach (var (id, now, _) in changed)
        {
            c.Execute("UPDATE events SET catalogue_id = @now WHERE id = @id", new { now, id }, tx);
        }

        return changed.Count;
    }

    /// <summary>The id of the launch an event matches, or null; an event shell with no reports yet ('{}') matches none.</summary>
    public static long? Link(CatalogueMatcher? matcher, LaunchEvent e) => matcher?.Match(e)?.Launch.Id;

    /// <summary>The events with their catalogue links filled in (one query per chunk of ids).</summary>
    public static IReadOnlyList<StoredEvent> Attach(DbConnection c, DbTransaction? tx, ISqlDialect dialect, IReadOnlyList<StoredEvent> events)
    {
        var links = Links(c, tx, dialect, events.Select(e => e.Id));
        if (links.Count == 0) return events;
        return events.Select(e => links.TryGetValue(e.Id, out var l) ? e with { Catalogue = new CatalogueLink(l, CatalogueMatcher.SiteKm(e.Event, l)) } : e).ToList();
    }

    /// <summary>A list page's rows with their catalogue links: one query per 500 rows, none while no catalogue is imported.</summary>
    /// <param name="version">The catalogue's <see cref="Version"/> as the caller read it (0: none imported, no query).</param>
    public static IReadOnlyList<EventListing> Attach(DbConnection c, ISqlDialect dialect, IReadOnlyList<EventListing> rows, long version)
    {
        if (rows.Count == 0 || version == 0) return rows;
        var links = Links(c, null, dialect, rows.Select(e => e.Id));
        if (links.Count == 0) return rows;
        return rows.Select(e => links.TryGetValue(e.Id, out var l) ? e with { Catalogue = new CatalogueLink(l, CatalogueMatcher.SiteKm(e.Event, l)) } : e).ToList();
    }

    private static Dictionary<long, CatalogueLaunch> Links(DbConnection c, DbTransaction? tx, ISqlDialect dialect, IEnumerable<long> ids)
    {
        var links = new Dictionary<long, CatalogueLaunch>();
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var r in c.Query<CatalogueLaunchRow>(
                $"SELECT e.id AS EventId, {CatalogueLaunchRow.Columns} FROM events e JOIN catalogue_launches l ON l.id = e.catalogue_id WHERE {dialect.InList("e.id", "chunk")}",
                new { chunk }, tx))
            {
                links[r.EventId] = ToLaunch(r);
            }
        }

        return links;
    }

    public static IReadOnlyList<CatalogueEntry> Entries(DbConnection c)
    {
        var linked = c.Query<(long LaunchId, long EventId)>("SELECT catalogue_id, id FROM events WHERE catalogue_id IS NOT NULL ORDER BY id")
            .GroupBy(r => r.LaunchId).ToDictionary(g => g.Key, g => (IReadOnlyList<long>)g.Select(r => r.EventId).ToList());
        return Launches(c, null).Select(l => new CatalogueEntry(l, linked.GetValueOrDefault(l.Id) ?? [])).ToList();
    }

    private static CatalogueLaunch ToLaunch(CatalogueLaunchRow r) =>
        new(r.Id, StoreJson.Day(r.Day) ?? DateOnly.MinValue, r.Actor, r.Missile, r.MissileType, r.Facility, r.Lat, r.Lon, (int)r.Count, r.ApogeeKm,
            r.DistanceKm, r.Outcome, r.Lines);
}
