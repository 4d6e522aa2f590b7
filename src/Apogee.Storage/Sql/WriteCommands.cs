using System.Data;
using System.Data.Common;
using Apogee.Core.Model;
using Apogee.Resolution;

namespace Apogee.Storage.Sql;

/// <summary>
/// The write statements of one write transaction, each prepared once and re-run with new values (a batch of 64
/// documents runs each statement shape hundreds of times). Created per transaction because a prepared command belongs
/// to its connection and transaction.
/// </summary>
internal sealed class WriteCommands(DbConnection c, DbTransaction tx) : IDisposable
{
    private const string ClaimInsert =
        "INSERT INTO claims (document_id, event_id, report_id, role, field, value_json, qualifier, source, speaker, quote, start_offset, end_offset) " +
        "VALUES (@d, @e, @r, @role, @f, @v, @q, @s, @p, @t, @a, @b) RETURNING id";

    private static readonly (string, DbType)[] ClaimParameters =
    [
        ("d", DbType.Int64), ("e", DbType.Int64), ("r", DbType.Int64), ("role", DbType.String), ("f", DbType.String), ("v", DbType.String),
        ("q", DbType.String), ("s", DbType.String), ("p", DbType.String), ("t", DbType.String), ("a", DbType.Int64), ("b", DbType.Int64),
    ];

    private Statement? _document;
    private Statement? _shell;
    private Statement? _report;
    private Statement? _claim;
    private Statement? _update;

    public DbConnection Connection => c;

    public DbTransaction Transaction => tx;

    /// <summary>The new document's id, or null when its clean text is already stored.</summary>
    public long? InsertDocument(CleanDocument d, bool relevant) =>
        (_document ??= new Statement(
            c, tx,
            """
            INSERT INTO documents (name, origin, url, outlet, published, title, text, content_hash, relevant, removed_json, captions_json)
            VALUES (@name, @origin, @url, @outlet, @published, @title, @text, @hash, @relevant, @removed, @captions)
            ON CONFLICT (content_hash) DO NOTHING RETURNING id
            """,
            ("name", DbType.String), ("origin", DbType.String), ("url", DbType.String), ("outlet", DbType.String), ("published", DbType.String),
            ("title", DbType.String), ("text", DbType.String), ("hash", DbType.String), ("relevant", DbType.Int64), ("removed", DbType.String),
            ("captions", DbType.String)))
        .Scalar(
            d.Name, d.Origin, d.Metadata.Url, d.Metadata.Outlet, StoreJson.Day(d.Metadata.Published), d.Metadata.Title, d.Text, d.ContentHash,
            relevant ? 1L : 0L, StoreJson.Write(d.Removed), StoreJson.Write(d.Captions));

    /// <summary>A row to hang the first report on; <see cref="UpdateEvent"/> fills it in the same transaction.</summary>
    public long InsertEventShell(LaunchEvent ev, long rev) =>
        (_shell ??= new Statement(
            c, tx,
            """
            INSERT INTO events (actor, actor_key, category, reference_only, event_json, explanations_json, created_rev, updated_rev)
            VALUES (@actor, @key, @category, 1, '{}', '[]', @rev, @rev) RETURNING id
            """,
            ("actor", DbType.String), ("key", DbType.String), ("category", DbType.String), ("rev", DbType.Int64)))
        .Scalar(ev.Actor, SqlEventReader.ActorKey(ev.Actor), ev.Category, rev)!.Value;

    public long InsertReport(long eventId, long docId, string role, string json) =>
        (_report ??= new Statement(
            c, tx,
            "INSERT INTO event_reports (event_id, document_id, role, report_json) VALUES (@eventId, @docId, @role, @json) RETURNING id",
            ("eventId", DbType.Int64), ("docId", DbType.Int64), ("role", DbType.String), ("json", DbType.String)))
        .Scalar(eventId, docId, role, json)!.Value;

    /// <summary>
    /// Inserts claims in list order (so ids keep the report's order) and returns them as consolidation reads them back:
    /// with their ids, and values as their stored JSON reads. Where the driver batches (Npgsql), all rows go in one
    /// round trip; otherwise (SQLite, in-process) one prepared statement runs per row.
    /// </summary>
    public IReadOnlyList<IdentifiedClaim> InsertClaims(long docId, long? eventId, long? reportId, string role, IReadOnlyList<Claim> claims)
    {
        if (claims.Count == 0) return [];
        var values = claims.Select(x => StoreJson.Write(x.Value)).ToList();
        object?[] Row(int i)
        {
            var x = claims[i];
            return [docId, eventId, reportId, role, x.Field, values[i], x.Qualifier, x.Source, x.Speaker, x.Quote, (long)x.Start, (long)x.End];
        }

        var ids = new long[claims.Count];
        if (c.CanCreateBatch)
        {
            using var batch = c.CreateBatch();
            batch.Transaction = tx;
            for (var i = 0; i < claims.Count; i++)
            {
                var command = batch.CreateBatchCommand();
                command.CommandText = ClaimInsert;
                var row = Row(i);
                for (var k = 0; k < row.Length; k++)
                {
                    var p = command.CreateParameter();
                    p.ParameterName = "@" + ClaimParameters[k].Item1;
                    p.DbType = ClaimParameters[k].Item2;
                    p.Value = row[k] ?? DBNull.Value;
                    command.Parameters.Add(p);
                }

                batch.BatchCommands.Add(command);
            }

            using var reader = batch.ExecuteReader();
            var n = 0;
            do
            {
                while (reader.Read()) ids[n++] = reader.GetInt64(0);
            }
            while (reader.NextResult());
        }
        else
        {
            _claim ??= new Statement(c, tx, ClaimInsert, ClaimParameters);
            for (var i = 0; i < claims.Count; i++) ids[i] = _claim.Scalar(Row(i))!.Value;
        }

        return claims.Select((x, i) => new IdentifiedClaim(ids[i], x with { Value = StoreJson.Read<ClaimValue>(values[i]) })).ToList();
    }

    /// <summary>Writes an event's consolidated state; returns its event JSON as stored.</summary>
    public string UpdateEvent(long eventId, long rev, Consolidation result)
    {
        var e = result.Event;
        var json = StoreJson.Write(e);
        (_update ??= new Statement(
            c, tx,
            """
            UPDATE events SET actor = @actor, actor_key = @key, span_days = @span, earliest = @earliest, latest = @latest, category = @category, range_class = @rangeClass,
              site_name = @siteName, site_lat = @siteLat, site_lon = @siteLon, range_km = @rangeKm, apogee_km = @apogeeKm,
              reference_only = @referenceOnly, event_json = @json, explanations_json = @why, updated_rev = @rev
            WHERE id = @eventId
            """,
            ("actor", DbType.String), ("key", DbType.String), ("span", DbType.Int64), ("earliest", DbType.String), ("latest", DbType.String),
            ("category", DbType.String), ("rangeClass", DbType.String), ("siteName", DbType.String), ("siteLat", DbType.Double),
            ("siteLon", DbType.Double), ("rangeKm", DbType.Double), ("apogeeKm", DbType.Double), ("referenceOnly", DbType.Int64),
            ("json", DbType.String), ("why", DbType.String), ("rev", DbType.Int64), ("eventId", DbType.Int64)))
        .Execute(
            e.Actor, SqlEventReader.ActorKey(e.Actor), SqlEventReader.SpanDays(e.Date), StoreJson.Day(e.Date.Earliest), StoreJson.Day(e.Date.Latest),
            e.Category, e.RangeClass, e.Site?.Name, e.Site?.Lat, e.Site?.Lon, e.RangeKm, e.ApogeeKm, result.ReferenceOnly ? 1L : 0L,
            json, StoreJson.Write(result.Explanations), rev, eventId);
        return json;
    }

    public void Dispose()
    {
        _document?.Dispose();
        _shell?.Dispose();
        _report?.Dispose();
        _claim?.Dispose();
        _update?.Dispose();
    }
}
