using System.Data;
using System.Data.Common;
using Apogee.Core.Model;
using Apogee.Core.Storage;
using Apogee.Resolution;
using Dapper;

namespace Apogee.Storage.Sql;

/// <summary>
/// The one <see cref="IEventStore"/> both engines use; the <see cref="ISqlDialect"/> supplies connections, column types
/// and the writer lock. Each call opens its own (pooled) connection, so one store may serve many threads.
/// </summary>
internal sealed class SqlEventStore(ISqlDialect dialect) : IEventStore
{
    private readonly SqlEventReader _reader = new(dialect);
    private readonly CountCache _counts = new();

    public string Engine => dialect.Name;

    public void Migrate()
    {
        using var c = dialect.Open();
        using var tx = dialect.BeginWrite(c);
        c.Execute(dialect.Types(Migrations.CreateTable), transaction: tx);
        var applied = c.Query<long>("SELECT version FROM schema_migrations", transaction: tx).ToHashSet();
        foreach (var (version, name, statements) in Migrations.All)
        {
            if (applied.Contains(version)) continue;
            try
            {
                foreach (var sql in statements) c.Execute(dialect.Types(sql), transaction: tx);
                c.Execute("INSERT INTO schema_migrations (version, name) VALUES (@version, @name)", new { version = (long)version, name }, tx);
            }
            catch (DbException ex)
            {
                throw new InvalidOperationException(StorageErrors.MigrationFailed(version, ex.Message), ex);
            }
        }

        tx.Commit();
    }

    public IngestOutcome Ingest(CleanDocument document, LaunchReport report)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(report);
        try
        {
            using var c = dialect.Open();
            using var tx = dialect.BeginWrite(c);
            var outcome = Store(c, tx, document, report);
            tx.Commit();
            return outcome;
        }
        catch (Exception ex)
        {
            // The using blocks roll the transaction back: a failed document leaves no trace.
            return IngestOutcome.Failed(document.Name, StorageErrors.IngestFailed(document.Name, ex.Message));
        }
    }

    /// <summary>
    /// Several documents under one writer lock and one commit, each in its own savepoint: a failing document is rolled
    /// back to its savepoint alone and reported Failed, the others are kept. Outcomes are those of <see cref="Ingest"/>
    /// called in order; only the commit (and so the durability point) is shared.
    /// </summary>
    public IReadOnlyList<IngestOutcome> IngestBatch(IReadOnlyList<(CleanDocument Document, LaunchReport Report)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0) return [];
        var outcomes = new List<IngestOutcome>(items.Count);
        try
        {
            using var c = dialect.Open();
            using var tx = dialect.BeginWrite(c);
            foreach (var (document, report) in items)
            {
                tx.Save(Savepoint);
                try
                {
                    outcomes.Add(Store(c, tx, document, report));
                    tx.Release(Savepoint);
                }
                catch (Exception ex)
                {
                    tx.Rollback(Savepoint);
                    tx.Release(Savepoint);
                    outcomes.Add(IngestOutcome.Failed(document.Name, StorageErrors.IngestFailed(document.Name, ex.Message)));
                }
            }

            tx.Commit();
            return outcomes;
        }
        catch (Exception ex)
        {
            // The batch's own transaction failed (connection, commit): nothing of it was kept.
            return items.Select(i => IngestOutcome.Failed(i.Document.Name, StorageErrors.IngestFailed(i.Document.Name, ex.Message))).ToList();
        }
    }

    private const string Savepoint = "apogee_doc";

    /// <summary>One document inside an open write transaction; a duplicate writes nothing.</summary>
    private IngestOutcome Store(DbConnection c, DbTransaction tx, CleanDocument document, LaunchReport report)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(report);
        var docId = InsertDocument(c, tx, document, report.Relevant);
        if (docId is null) return new IngestOutcome(document.Name, IngestStatus.Duplicate, [], []);
        if (!report.Relevant) return new IngestOutcome(document.Name, IngestStatus.Irrelevant, [], []);

        var created = new List<long>();
        var updated = new List<long>();
        var changes = new List<EventChange>();
        var linked = new HashSet<long>();
        // Primary first: a document's own launch claims its event before its context mentions are placed.
        foreach (var ev in report.Events.OrderBy(e => e.Role == Vocabulary.Roles.Primary ? 0 : 1))
        {
            var candidates = _reader.Candidates(c, tx, ev).Where(k => !linked.Contains(k.Id)).ToList();
            var match = EventMatcher.BestMatch(ev, candidates);
            if (match is null && !ReferencePolicy.MayCreateEvent(ev))
            {
                InsertClaims(c, tx, docId.Value, null, null, ev.Role, ev.Claims);
                continue;
            }

            var before = match is { } m ? candidates.First(k => k.Id == m).Event : null;
            var eventId = match ?? InsertEventShell(c, tx, ev, docId.Value);
            linked.Add(eventId);
            var reportId = c.ExecuteScalar<long>(
                "INSERT INTO event_reports (event_id, document_id, role, report_json) VALUES (@eventId, @docId, @role, @json) RETURNING id",
                new { eventId, docId, role = ev.Role, json = StoreJson.Write(ev with { Claims = [] }) }, tx);
            InsertClaims(c, tx, docId.Value, eventId, reportId, ev.Role, ev.Claims);
            var after = Reconsolidate(c, tx, eventId, docId.Value);
            (match is null ? created : updated).Add(eventId);
            changes.AddRange(EventDiff.Changes(eventId, before, after));
        }

        return new IngestOutcome(document.Name, IngestStatus.New, created, updated, null, changes);
    }

    public IReadOnlyList<StoredEvent> Events(EventQuery query)
    {
        using var c = dialect.Open();
        return _reader.Events(c, query);
    }

    public int CountEvents(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = query with { Offset = 0, Limit = int.MaxValue };
        using var c = dialect.Open();
        var version = c.ExecuteScalar<long?>("SELECT MAX(id) FROM documents") ?? 0;
        if (_counts.TryGet(version, filter, out var known)) return known;
        var count = _reader.Count(c, filter);
        _counts.Set(version, filter, count);
        return count;
    }

    public StoredEvent? Event(long id)
    {
        using var c = dialect.Open();
        return _reader.Event(c, null, id);
    }

    public StoredDocument? Document(long id)
    {
        using var c = dialect.Open();
        return _reader.Document(c, "id = @id", new { id });
    }

    public StoredDocument? DocumentByName(string name)
    {
        using var c = dialect.Open();
        return _reader.Document(c, "name = @name", new { name });
    }

    public void Dispose()
    {
        // Connections are per call; nothing is held between calls.
    }

    private static long? InsertDocument(DbConnection c, DbTransaction tx, CleanDocument d, bool relevant) =>
        c.ExecuteScalar<long?>(
            """
            INSERT INTO documents (name, origin, url, outlet, published, title, text, content_hash, relevant, removed_json, captions_json)
            VALUES (@Name, @Origin, @Url, @Outlet, @Published, @Title, @Text, @Hash, @Relevant, @Removed, @Captions)
            ON CONFLICT (content_hash) DO NOTHING RETURNING id
            """,
            new
            {
                d.Name, d.Origin, d.Metadata.Url, d.Metadata.Outlet, Published = StoreJson.Day(d.Metadata.Published), d.Metadata.Title,
                d.Text, Hash = d.ContentHash, Relevant = relevant ? 1L : 0L,
                Removed = StoreJson.Write(d.Removed), Captions = StoreJson.Write(d.Captions),
            },
            tx);

    /// <summary>A row to hang the first report on; <see cref="Reconsolidate"/> fills it in the same transaction.</summary>
    private static long InsertEventShell(DbConnection c, DbTransaction tx, LaunchEvent ev, long rev) =>
        c.ExecuteScalar<long>(
            """
            INSERT INTO events (actor, actor_key, category, reference_only, event_json, explanations_json, created_rev, updated_rev)
            VALUES (@actor, @key, @category, 1, '{}', '[]', @rev, @rev) RETURNING id
            """,
            new { actor = ev.Actor, key = SqlEventReader.ActorKey(ev.Actor), category = ev.Category, rev }, tx);

    /// <summary>Claims per multi-row INSERT: far below both engines' parameter limits (12 parameters a row).</summary>
    private const int ClaimsPerStatement = 100;

    /// <summary>
    /// A document's claims in one multi-row INSERT (a report has about ten): one statement to prepare and run instead of
    /// one per claim. Rows are inserted in list order, so claim ids keep the report's order.
    /// </summary>
    private static void InsertClaims(DbConnection c, DbTransaction tx, long docId, long? eventId, long? reportId, string role, IReadOnlyList<Claim> claims)
    {
        foreach (var chunk in claims.Chunk(ClaimsPerStatement))
        {
            var args = new DynamicParameters(new { docId, eventId, reportId, role });
            var rows = new List<string>(chunk.Length);
            for (var i = 0; i < chunk.Length; i++)
            {
                var claim = chunk[i];
                rows.Add($"(@docId, @eventId, @reportId, @role, @f{i}, @v{i}, @q{i}, @s{i}, @p{i}, @t{i}, @a{i}, @b{i})");
                args.Add($"f{i}", claim.Field);
                args.Add($"v{i}", StoreJson.Write(claim.Value));
                args.Add($"q{i}", claim.Qualifier);
                args.Add($"s{i}", claim.Source);
                args.Add($"p{i}", claim.Speaker, DbType.String);
                args.Add($"t{i}", claim.Quote);
                args.Add($"a{i}", (long)claim.Start);
                args.Add($"b{i}", (long)claim.End);
            }

            c.Execute(
                "INSERT INTO claims (document_id, event_id, report_id, role, field, value_json, qualifier, source, speaker, quote, start_offset, end_offset) VALUES " +
                string.Join(", ", rows),
                args,
                tx);
        }
    }

    private LaunchEvent Reconsolidate(DbConnection c, DbTransaction tx, long eventId, long rev)
    {
        var result = Consolidator.Consolidate(_reader.Reports(c, tx, eventId));
        var e = result.Event;
        c.Execute(
            """
            UPDATE events SET actor = @Actor, actor_key = @Key, span_days = @Span, earliest = @Earliest, latest = @Latest, category = @Category, range_class = @RangeClass,
              site_name = @SiteName, site_lat = @SiteLat, site_lon = @SiteLon, range_km = @RangeKm, apogee_km = @ApogeeKm,
              reference_only = @ReferenceOnly, event_json = @Json, explanations_json = @Why, updated_rev = @rev
            WHERE id = @eventId
            """,
            new
            {
                e.Actor, Key = SqlEventReader.ActorKey(e.Actor), Span = SqlEventReader.SpanDays(e.Date), Earliest = StoreJson.Day(e.Date.Earliest), Latest = StoreJson.Day(e.Date.Latest), e.Category, e.RangeClass,
                SiteName = e.Site?.Name, SiteLat = e.Site?.Lat, SiteLon = e.Site?.Lon, e.RangeKm, e.ApogeeKm,
                ReferenceOnly = result.ReferenceOnly ? 1L : 0L, Json = StoreJson.Write(e), Why = StoreJson.Write(result.Explanations),
                rev, eventId,
            },
            tx);
        return e;
    }
}
