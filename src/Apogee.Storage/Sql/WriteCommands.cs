using System.Data;
using System.Data.Common;
using Apogee.Core.Model;
using Apogee.Resolution;
using Apogee.Storage.Rows;

namespace Apogee.Storage.Sql;

/// <summary>
/// The write statements of one write transaction, each prepared once and re-run with new values (a batch of 64
/// documents runs each statement shape hundreds of times). Created per transaction because a prepared command belongs
/// to its connection and transaction.
/// </summary>
internal sealed class WriteCommands(DbConnection c, DbTransaction tx, ISqlDialect dialect, CatalogueCache? catalogue = null) : IDisposable
{
    // The catalogue as this transaction sees it, asked for at the first event written (docs/CATALOGUE.md "Linking").
    private Catalogue.CatalogueMatcher? _matcher;
    private bool _matcherRead;

    private const string ClaimColumns =
        "INSERT INTO claims (document_id, event_id, report_id, role, field, value_json, qualifier, source, speaker, quote, start_offset, end_offset, evidence_json) VALUES ";

    private const string ClaimInsert = ClaimColumns + "(@d, @e, @r, @role, @f, @v, @q, @s, @p, @t, @a, @b, @x) RETURNING id";

    private static readonly (string, DbType)[] ClaimParameters =
    [
        ("d", DbType.Int64), ("e", DbType.Int64), ("r", DbType.Int64), ("role", DbType.String), ("f", DbType.String), ("v", DbType.String),
        ("q", DbType.String), ("s", DbType.String), ("p", DbType.String), ("t", DbType.String), ("a", DbType.Int64), ("b", DbType.Int64),
        ("x", DbType.String),
    ];

    private Statement? _widest;
    private Statement? _undated;
    private Statement? _dated;
    private Statement? _document;
    private Statement? _shell;
    private Statement? _report;
    private readonly Dictionary<int, Statement> _claimRows = [];
    private Statement? _update;
    private Statement? _updateKeys;
    private Statement? _reportText;
    private Statement? _reportTextDelete;

    public DbConnection Connection => c;

    public DbTransaction Transaction => tx;

    /// <summary>
    /// Ids and revisions (updated_rev) of the events of the same actor whose dates may meet the reported one (one day of
    /// slip each side, publication windows; unknown dates kept), in id order: the matcher's ties need ids in order.
    /// </summary>
    /// <remarks>
    /// "latest >= lo AND earliest <= hi" is two open ranges no single index serves, so the query is split into three
    /// index ranges: events without an earliest date, events without a latest date, and dated events whose earliest
    /// lies in [lo - widest stored span, hi] (an interval that reaches lo cannot start earlier than that). The
    /// result is the same set the plain predicate gives. The event JSON is not read here: the writer keeps recently
    /// seen events by (id, revision) and reads only the ones it lacks (<see cref="SqlEventReader.EventJson"/>).
    /// </remarks>
    public List<(long Id, long Rev)> Candidates(LaunchEvent ev)
    {
        var key = SqlEventReader.ActorKey(ev.Actor);
        // The report's matching interval (a no-day report's publication window), and a week more on the late side:
        // a stored event known from one no-day report is stored as its guess (published-1..published), which a launch
        // up to a week before still meets (EventMatcher.Score).
        var dates = EventMatcher.ForMatching(ev);
        var earliest = dates.Earliest?.AddDays(-1);
        var hi = StoreJson.Day(dates.Latest?.AddDays(1 + ReportDates.WindowDays));
        List<(long Id, long Rev)> rows;
        static (long, long) Read(DbDataReader r) => (r.GetInt64(0), r.GetInt64(1));
        if (earliest is null || hi is null)
        {
            // An undated report may meet any event of its actor.
            rows = (_undated ??= new Statement(
                c, tx,
                """
                SELECT id, updated_rev FROM events
                WHERE actor_key = @key
                  AND (latest IS NULL OR @lo IS NULL OR latest >= @lo)
                  AND (earliest IS NULL OR @hi IS NULL OR earliest <= @hi)
                """,
                ("key", DbType.String), ("lo", DbType.String), ("hi", DbType.String)))
            .Rows(Read, key, StoreJson.Day(earliest), hi);
        }
        else
        {
            var widest = Math.Max(0, (_widest ??= new Statement(c, tx, SqlEventReader.WidestSpanSql)).Scalar() ?? 0);
            rows = (_dated ??= new Statement(
                c, tx,
                """
                SELECT id, updated_rev FROM events WHERE actor_key = @key AND earliest IS NULL AND (latest IS NULL OR latest >= @lo)
                UNION ALL
                SELECT id, updated_rev FROM events WHERE actor_key = @key AND latest IS NULL AND earliest IS NOT NULL AND earliest <= @hi
                UNION ALL
                SELECT id, updated_rev FROM events WHERE actor_key = @key AND earliest >= @from AND earliest <= @hi AND latest >= @lo
                """,
                ("key", DbType.String), ("lo", DbType.String), ("hi", DbType.String), ("from", DbType.String)))
            .Rows(Read, key, StoreJson.Day(earliest), hi, StoreJson.Day(SqlEventReader.Before(earliest.Value, widest)));
        }

        rows.Sort((a, b) => a.Id.CompareTo(b.Id));
        return rows;
    }

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
    /// Indexes the words of a report's quotes (each distinct sentence once; <see cref="Migrations.ReportQuotes"/> says
    /// the same for rows stored before the index existed). A report without claims has nothing to find.
    /// </summary>
    public void InsertReportText(long reportId, IReadOnlyList<Claim> claims)
    {
        if (claims.Count == 0) return;
        var text = string.Join('\n', claims.Select(x => x.Quote).Distinct(StringComparer.Ordinal));
        (_reportText ??= new Statement(c, tx, dialect.ReportTextInsert, ("id", DbType.Int64), ("text", DbType.String))).Execute(reportId, text);
    }

    /// <summary>Drops a report's words from the text index (re-clustering deleted the report).</summary>
    public void DeleteReportText(long reportId) =>
        (_reportTextDelete ??= new Statement(c, tx, dialect.ReportTextDelete, ("id", DbType.Int64))).Execute(reportId);

    /// <summary>Most rows one claims INSERT carries (4 + 9 per row parameters; far below both engines' limits).</summary>
    private const int ClaimsPerStatement = 32;

    /// <summary>A multi-row claims INSERT of exactly this many rows, prepared once per transaction and shape (a report has about ten claims).</summary>
    private Statement ClaimRows(int count)
    {
        if (_claimRows.TryGetValue(count, out var known)) return known;
        var parameters = new List<(string, DbType)> { ("d", DbType.Int64), ("e", DbType.Int64), ("r", DbType.Int64), ("role", DbType.String) };
        var rows = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            rows.Add($"(@d, @e, @r, @role, @f{i}, @v{i}, @q{i}, @s{i}, @p{i}, @t{i}, @a{i}, @b{i}, @x{i})");
            parameters.AddRange([($"f{i}", DbType.String), ($"v{i}", DbType.String), ($"q{i}", DbType.String), ($"s{i}", DbType.String),
                ($"p{i}", DbType.String), ($"t{i}", DbType.String), ($"a{i}", DbType.Int64), ($"b{i}", DbType.Int64), ($"x{i}", DbType.String)]);
        }

        var statement = new Statement(
            c, tx,
            ClaimColumns + string.Join(", ", rows) + " RETURNING id",
            [.. parameters]);
        _claimRows[count] = statement;
        return statement;
    }

    /// <summary>
    /// Inserts claims in list order (so ids keep the report's order) and returns them as consolidation reads them back:
    /// with their ids, and values as their stored JSON reads. Where the driver batches (Npgsql), all rows go in one
    /// round trip; otherwise (SQLite, in-process) one multi-row statement per claim count, prepared once.
    /// </summary>
    public IReadOnlyList<IdentifiedClaim> InsertClaims(long docId, long? eventId, long? reportId, string role, IReadOnlyList<Claim> claims)
    {
        if (claims.Count == 0) return [];
        var json = claims.Select(x => StoreJson.Write(x.Value)).ToList();
        object?[] Row(int i)
        {
            var x = claims[i];
            return [docId, eventId, reportId, role, x.Field, json[i], x.Qualifier, x.Source, x.Speaker, x.Quote, (long)x.Start, (long)x.End, StoreJson.Evidence(x)];
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
            for (var from = 0; from < claims.Count; from += ClaimsPerStatement)
            {
                var count = Math.Min(ClaimsPerStatement, claims.Count - from);
                var values = new object?[4 + (count * 9)];
                (values[0], values[1], values[2], values[3]) = (docId, eventId, reportId, role);
                for (var i = 0; i < count; i++)
                {
                    var x = claims[from + i];
                    var at = 4 + (i * 9);
                    (values[at], values[at + 1], values[at + 2], values[at + 3]) = (x.Field, json[from + i], x.Qualifier, x.Source);
                    (values[at + 4], values[at + 5], values[at + 6], values[at + 7], values[at + 8]) = (x.Speaker, x.Quote, (long)x.Start, (long)x.End, StoreJson.Evidence(x));
                }

                // One INSERT assigns ids in VALUES order (the writer lock is held), so the sorted ids are the rows' in order.
                var got = ClaimRows(count).Longs(values);
                got.Sort();
                got.CopyTo(ids, from);
            }
        }

        return claims.Select((x, i) => new IdentifiedClaim(ids[i], x with { Value = StoreJson.Read<ClaimValue>(json[i]) })).ToList();
    }

    /// <summary>
    /// Writes an event's consolidated state, with the list summary of <paramref name="reports"/> (all of the event's
    /// reports, the input of <paramref name="result"/>); returns its event JSON as stored.
    /// </summary>
    public string UpdateEvent(long eventId, long rev, Consolidation result, IReadOnlyList<ReportedEvent> reports)
    {
        var e = result.Event;
        var json = StoreJson.Write(e);
        var summary = StoreJson.Write(StoredSummary.Of(reports.Count, reports.SelectMany(r => r.Claims.Select(x => x.Claim)).ToList(), result.Explanations));
        (_update ??= new Statement(
            c, tx,
            """
            UPDATE events SET actor = @actor, actor_key = @key, span_days = @span, earliest = @earliest, latest = @latest, category = @category, range_class = @rangeClass,
              site_name = @siteName, site_lat = @siteLat, site_lon = @siteLon, range_km = @rangeKm, apogee_km = @apogeeKm,
              reference_only = @referenceOnly, event_json = @json, explanations_json = @why, summary_json = @summary, updated_rev = @rev, catalogue_id = @catalogue
            WHERE id = @eventId
            """,
            ("actor", DbType.String), ("key", DbType.String), ("span", DbType.Int64), ("earliest", DbType.String), ("latest", DbType.String),
            ("category", DbType.String), ("rangeClass", DbType.String), ("siteName", DbType.String), ("siteLat", DbType.Double),
            ("siteLon", DbType.Double), ("rangeKm", DbType.Double), ("apogeeKm", DbType.Double), ("referenceOnly", DbType.Int64),
            ("json", DbType.String), ("why", DbType.String), ("summary", DbType.String), ("rev", DbType.Int64), ("catalogue", DbType.Int64), ("eventId", DbType.Int64)))
        .Execute(
            e.Actor, SqlEventReader.ActorKey(e.Actor), SqlEventReader.SpanDays(e.Date), StoreJson.Day(e.Date.Earliest), StoreJson.Day(e.Date.Latest),
            e.Category, e.RangeClass, e.Site?.Name, e.Site?.Lat, e.Site?.Lon, e.RangeKm, e.ApogeeKm, result.ReferenceOnly ? 1L : 0L,
            json, StoreJson.Write(result.Explanations), summary, rev, CatalogueSql.Link(Matcher(), e), eventId);
        return json;
    }

    /// <summary>
    /// Writes only what the rest of a write transaction reads of an event row (candidate lookups: actor key, dates and
    /// span; cache checks: the revision); the full row follows by <see cref="UpdateEvent"/> before the commit
    /// (<see cref="CacheStage.Defer"/>).
    /// </summary>
    public void UpdateEventKeys(long eventId, long rev, LaunchEvent e) =>
        (_updateKeys ??= new Statement(
            c, tx,
            "UPDATE events SET actor_key = @key, span_days = @span, earliest = @earliest, latest = @latest, updated_rev = @rev WHERE id = @eventId",
            ("key", DbType.String), ("span", DbType.Int64), ("earliest", DbType.String), ("latest", DbType.String), ("rev", DbType.Int64), ("eventId", DbType.Int64)))
        .Execute(SqlEventReader.ActorKey(e.Actor), SqlEventReader.SpanDays(e.Date), StoreJson.Day(e.Date.Earliest), StoreJson.Day(e.Date.Latest), rev, eventId);

    /// <summary>Every event written gets its catalogue link anew, so a link always matches the event as stored.</summary>
    private Catalogue.CatalogueMatcher? Matcher()
    {
        if (_matcherRead) return _matcher;
        _matcherRead = true;
        return _matcher = catalogue?.Matcher(c, tx);
    }

    public void Dispose()
    {
        _widest?.Dispose();
        _undated?.Dispose();
        _dated?.Dispose();
        _document?.Dispose();
        _shell?.Dispose();
        _report?.Dispose();
        foreach (var statement in _claimRows.Values) statement.Dispose();
        _update?.Dispose();
        _updateKeys?.Dispose();
        _reportText?.Dispose();
        _reportTextDelete?.Dispose();
    }
}
