using System.Data.Common;
using Apogee.Core.Model;
using Apogee.Resolution;
using Dapper;

namespace Apogee.Storage.Sql;

/// <summary>
/// The matching windows of primary reports with a loose date (<see cref="EventMatcher.IsLoose"/>: no day, or an interval
/// wider than a week), table loose_reports. Whether such a report joins an event depends on how many events it fits
/// (<see cref="EventMatcher.BestMatch"/>: one clear winner; a fact too few only for the sole fit), so a re-clustering pass
/// must hold every event it fits. Once it has joined a launch, its event shows that launch's day, and a later launch
/// months away inside its window would not find it by the event's dates: this table finds it by the report's own.
/// </summary>
internal static class LooseReports
{
    public sealed record Row(long ReportId, long EventId, LaunchEvent Report);

    /// <summary>Records a stored report's window when its date is loose (a no-op otherwise).</summary>
    public static void Record(DbConnection c, DbTransaction tx, long reportId, LaunchEvent report)
    {
        if (report.Role != Vocabulary.Roles.Primary || !EventMatcher.IsLoose(report)) return;
        var d = EventMatcher.ForMatching(report);
        c.Execute(
            "INSERT INTO loose_reports (report_id, actor_key, earliest, latest) VALUES (@reportId, @key, @lo, @hi)",
            new { reportId, key = SqlEventReader.ActorKey(report.Actor), lo = StoreJson.Day(d.Earliest), hi = StoreJson.Day(d.Latest) },
            tx);
    }

    /// <summary>The loose reports held by these events.</summary>
    public static List<Row> In(DbConnection c, DbTransaction tx, ISqlDialect dialect, IReadOnlyCollection<long> eventIds) =>
        eventIds.Count == 0 ? [] :
        [.. c.Query<(long ReportId, long EventId, string Json)>(
            $"SELECT l.report_id, r.event_id, r.report_json FROM loose_reports l JOIN event_reports r ON r.id = l.report_id WHERE {dialect.InList("r.event_id", "ids")}",
            new { ids = eventIds.ToArray() }, tx)
            .Select(x => new Row(x.ReportId, x.EventId, StoreJson.Read<LaunchEvent>(x.Json)))];

    /// <summary>The loose reports of the event's actor whose windows meet its dates (a day of slack), wherever they are.</summary>
    public static List<Row> Meeting(DbConnection c, DbTransaction tx, LaunchEvent ev)
    {
        var d = EventMatcher.ForMatching(ev);
        if (d.Earliest is not { } lo || d.Latest is not { } hi) return [];
        return
        [
            .. c.Query<(long ReportId, long EventId, string Json)>(
                """
                SELECT l.report_id, r.event_id, r.report_json FROM loose_reports l JOIN event_reports r ON r.id = l.report_id
                WHERE l.actor_key = @key AND (l.earliest IS NULL OR l.earliest <= @hi) AND (l.latest IS NULL OR l.latest >= @lo)
                """,
                new { key = SqlEventReader.ActorKey(ev.Actor), lo = StoreJson.Day(lo.AddDays(-1)), hi = StoreJson.Day(hi.AddDays(1)) }, tx)
            .Select(x => new Row(x.ReportId, x.EventId, StoreJson.Read<LaunchEvent>(x.Json))),
        ];
    }

    /// <summary>Fills the table from the reports stored before it existed (migration 7).</summary>
    public static void Backfill(DbConnection c, DbTransaction tx)
    {
        var rows = c.Query<(long Id, string Json)>("SELECT id, report_json FROM event_reports WHERE role = @role", new { role = Vocabulary.Roles.Primary }, tx).ToList();
        foreach (var (id, json) in rows) Record(c, tx, id, StoreJson.Read<LaunchEvent>(json));
    }
}
