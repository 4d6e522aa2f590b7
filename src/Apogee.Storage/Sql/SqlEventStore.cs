using System.Data.Common;
using Apogee.Catalogue;
using Apogee.Core.Catalogue;
using Apogee.Core.Model;
using Apogee.Core.Storage;
using Apogee.Resolution;
using Apogee.Storage.Rows;
using Dapper;

namespace Apogee.Storage.Sql;

/// <summary>
/// The one <see cref="IEventStore"/> both engines use; the <see cref="ISqlDialect"/> supplies connections, column types
/// and the writer lock. Each call opens its own (pooled) connection, so one store may serve many threads.
/// </summary>
internal sealed class SqlEventStore(ISqlDialect dialect) : IEventStore
{
    private readonly SqlEventReader _reader = new(dialect);
    private readonly RevisionCache<EventQuery, int> _counts = new(512);
    private readonly EventCache _cache = new(EventCache.DefaultBudget);
    private readonly ProfileMemo _profiles = new();
    private readonly Reclustering _recluster = new(dialect);
    private readonly CatalogueCache _catalogue = new();

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
                if (version == Migrations.LooseReportsVersion) LooseReports.Backfill(c, tx);
                c.Execute("INSERT INTO schema_migrations (version, name) VALUES (@version, @name)", new { version = (long)version, name }, tx);
            }
            catch (DbException ex)
            {
                throw new InvalidOperationException(StorageErrors.MigrationFailed(version, ex.Message), ex);
            }
        }

        try
        {
            _reader.FillSummaries(c, tx);
        }
        catch (DbException ex)
        {
            throw new InvalidOperationException(StorageErrors.MigrationFailed(5, ex.Message), ex);
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
            using var w = new WriteCommands(c, tx, dialect, _catalogue);
            var stage = new CacheStage(_cache, _profiles);
            var lastOldReport = LastReport(c, tx);
            var outcome = Store(w, stage, document, report);
            WriteDeferred(w, stage, Recluster(w, tx, stage, [outcome], lastOldReport));
            tx.Commit();
            stage.Commit();
            return outcome;
        }
        catch (Exception ex)
        {
            // The using blocks roll the transaction back: a failed document leaves no trace (nor does the cache keep any).
            return IngestOutcome.StoreFailed(document.Name, StorageErrors.IngestFailed(document.Name, ex.Message));
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
            using var w = new WriteCommands(c, tx, dialect, _catalogue);
            var stage = new CacheStage(_cache, _profiles);
            var lastOldReport = LastReport(c, tx);
            foreach (var (document, report) in items)
            {
                tx.Save(Savepoint);
                try
                {
                    outcomes.Add(Store(w, stage, document, report));
                    tx.Release(Savepoint);
                    stage.KeepDocument();
                }
                catch (Exception ex)
                {
                    tx.Rollback(Savepoint);
                    tx.Release(Savepoint);
                    stage.DropDocument();
                    outcomes.Add(IngestOutcome.StoreFailed(document.Name, StorageErrors.IngestFailed(document.Name, ex.Message)));
                }
            }

            WriteDeferred(w, stage, Recluster(w, tx, stage, outcomes, lastOldReport));
            tx.Commit();
            stage.Commit();
            return outcomes;
        }
        catch (Exception ex)
        {
            // The batch's own transaction failed (connection, commit): nothing of it was kept, and nothing staged reaches the cache.
            return items.Select(i => IngestOutcome.StoreFailed(i.Document.Name, StorageErrors.IngestFailed(i.Document.Name, ex.Message))).ToList();
        }
    }

    private const string Savepoint = "apogee_doc";

    private const string ReclusterSavepoint = "apogee_recluster";

    /// <summary>
    /// Re-clusters the events this transaction's documents were placed in, with their neighbours (<see cref="Reclustering"/>),
    /// in its own savepoint: should it fail, the documents stay as the incremental matcher placed them. Returns the
    /// events the pass wrote in full or deleted.
    /// </summary>
    /// <summary>The last report stored before this transaction: the ones after it are the transaction's (ids only grow).</summary>
    private static long LastReport(DbConnection c, DbTransaction tx) => c.ExecuteScalar<long?>("SELECT MAX(id) FROM event_reports", transaction: tx) ?? 0;

    private HashSet<long> Recluster(WriteCommands w, DbTransaction tx, CacheStage stage, IReadOnlyList<IngestOutcome> outcomes, long lastOldReport)
    {
        var touched = outcomes.Where(o => o.Status == IngestStatus.New).SelectMany(o => o.EventsCreated.Concat(o.EventsUpdated)).ToHashSet();
        if (touched.Count == 0) return [];
        stage.KeepDocument();
        tx.Save(ReclusterSavepoint);
        try
        {
            var rev = w.Connection.ExecuteScalar<long>(RevisionSql, transaction: tx);
            var (changed, deleted) = _recluster.Run(w, stage, touched, rev, lastOldReport, rows => Known(w, stage, rows), (id, at) => MayHoldTwoLaunches(stage, id, at));
            tx.Release(ReclusterSavepoint);
            stage.KeepDocument();
            return [.. changed, .. deleted];
        }
        catch (Exception)
        {
            tx.Rollback(ReclusterSavepoint);
            tx.Release(ReclusterSavepoint);
            stage.DropDocument();
            return [];
        }
    }

    /// <summary>
    /// Writes in full the event rows the documents left with only their keys (<see cref="CacheStage.Defer"/>), each as
    /// its last document left it, unless the re-clustering pass has written or deleted it since. Outside any document's
    /// savepoint: a failure here fails the batch, whose documents a rerun stores again.
    /// </summary>
    private static void WriteDeferred(WriteCommands w, CacheStage stage, HashSet<long> written)
    {
        foreach (var (id, p) in stage.Deferred())
        {
            if (!written.Contains(id)) w.UpdateEvent(id, p.Rev, p.Result, p.Reports);
        }
    }

    /// <summary>
    /// Whether an event's reports may not all be one launch: two of them that do not match each other
    /// (<see cref="EventMatcher.Score"/>), or reports not at hand in the stage (then the re-clustering pass looks).
    /// </summary>
    private static bool MayHoldTwoLaunches(CacheStage stage, long id, long rev)
    {
        if (stage.Get(id, rev) is not { Reports: { } packed }) return true;
        if (packed.Count < 2) return false;
        var events = packed.Select(p => PackedReport.Unpack(p.Packed).Event).ToList();
        for (var i = 0; i < events.Count; i++)
        {
            for (var j = i + 1; j < events.Count; j++)
            {
                if (EventMatcher.Score(events[i], events[j]) is null) return true;
            }
        }

        return false;
    }

    /// <summary>One document inside an open write transaction; a duplicate writes nothing.</summary>
    /// <remarks>
    /// Re-consolidation needs every report of the matched event. The stage/cache keeps them per (event id, updated_rev):
    /// when the row read in this transaction is at the cached revision, the new report is appended in memory; otherwise
    /// (first use, evicted, or changed by another process) they are read from the database. Either way the reports are
    /// the ones the database holds, read back as stored (values through their JSON), so the result is the same.
    /// </remarks>
    private IngestOutcome Store(WriteCommands w, CacheStage stage, CleanDocument document, LaunchReport report)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(report);
        var docId = w.InsertDocument(document, report.Relevant);
        if (docId is null) return new IngestOutcome(document.Name, IngestStatus.Duplicate, [], []);
        if (!report.Relevant) return new IngestOutcome(document.Name, IngestStatus.Irrelevant, [], []);

        var hash = document.ContentHash;
        var created = new List<long>();
        var updated = new List<long>();
        var changes = new List<EventChange>();
        var linked = new HashSet<long>();
        // Primary first: a document's own launch claims its event before its context mentions are placed.
        foreach (var ev in report.Events.OrderBy(e => e.Role == Vocabulary.Roles.Primary ? 0 : 1))
        {
            var rows = w.Candidates(ev).Where(k => !linked.Contains(k.Id)).ToList();
            var known = Known(w, stage, rows);
            var candidates = rows.Select(r => new Candidate(r.Id, known[r.Id].Event)).ToList();
            var match = EventMatcher.BestMatch(ev, candidates);
            if (match is null && !ReferencePolicy.MayCreateEvent(ev))
            {
                w.InsertClaims(docId.Value, null, null, ev.Role, ev.Claims);
                continue;
            }

            var before = match is { } m ? known[m] : null;
            var eventId = match ?? w.InsertEventShell(ev, docId.Value);
            linked.Add(eventId);
            var json = StoreJson.Write(ev with { Claims = [] });
            var reportId = w.InsertReport(eventId, docId.Value, ev.Role, json);
            LooseReports.Record(w.Connection, w.Transaction, reportId, ev);
            var claims = w.InsertClaims(docId.Value, eventId, reportId, ev.Role, ev.Claims);
            w.InsertReportText(reportId, ev.Claims);
            var added = new ReportedEvent(docId.Value, ev.Role, StoreJson.Read<LaunchEvent>(json), claims);
            IReadOnlyList<ReportedEvent> reports;
            IReadOnlyList<CachedReport> packed;
            if (before is null)
            {
                reports = [added];
                packed = [new CachedReport(reportId, hash, PackedReport.Pack(added))];
            }
            else if (before.Reports is { } cached)
            {
                reports = [.. cached.Select(r => PackedReport.Unpack(r.Packed)), added];
                packed = [.. cached, new CachedReport(reportId, hash, PackedReport.Pack(added))];
            }
            else
            {
                var read = SqlEventReader.ConsolidationInput(w.Connection, w.Transaction, eventId);
                reports = [.. read.Select(r => r.Report)];
                packed = [.. read.Select(r => new CachedReport(r.Id, r.ContentHash, PackedReport.Pack(r.Report)))];
            }

            var result = Consolidator.Consolidate(reports);
            w.UpdateEventKeys(eventId, docId.Value, result.Event);
            stage.Defer(eventId, new PendingWrite(docId.Value, result, reports));
            stage.Set(eventId, new CachedEvent(docId.Value, StoreJson.Read<LaunchEvent>(StoreJson.Write(result.Event)), packed));
            (match is null ? created : updated).Add(eventId);
            changes.AddRange(EventDiff.Changes(eventId, before?.Event, result.Event));
        }

        return new IngestOutcome(document.Name, IngestStatus.New, created, updated, null, changes);
    }

    /// <summary>The candidates' current states: from the stage or cache at the row's revision, else read (and staged).</summary>
    private Dictionary<long, CachedEvent> Known(WriteCommands w, CacheStage stage, IReadOnlyList<(long Id, long Rev)> rows)
    {
        var known = new Dictionary<long, CachedEvent>(rows.Count);
        var missing = new List<long>();
        foreach (var r in rows)
        {
            if (stage.Get(r.Id, r.Rev) is { } hit) known[r.Id] = hit;
            else missing.Add(r.Id);
        }

        if (missing.Count == 0) return known;
        foreach (var r in _reader.EventJson(w.Connection, w.Transaction, missing))
        {
            var entry = new CachedEvent(r.Rev, StoreJson.Read<LaunchEvent>(r.EventJson!), null);
            known[r.Id] = entry;
            stage.Set(r.Id, entry);
        }

        return known;
    }

    public IReadOnlyList<StoredEvent> Events(EventQuery query)
    {
        using var c = dialect.Open();
        return _reader.Events(c, query);
    }

    public IReadOnlyList<EventListing> List(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var c = dialect.Open();
        return _reader.List(c, query, ReadVersion.Of(c));
    }

    /// <summary>
    /// Revision, total and page over one connection: a list request was three connections and five round trips
    /// (revision, revision again for the count, the catalogue's version, ids, rows); now the version (one query, and
    /// the answer of the validator), a count the cache usually holds, and the page.
    /// </summary>
    public ListedPage? ListPage(EventQuery query, Func<long?, bool> answer)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(answer);
        using var c = dialect.Open();
        var version = ReadVersion.Of(c);
        if (!answer(version.Revision)) return null;
        return new ListedPage(Count(c, version, query), _reader.List(c, query, version));
    }

    /// <summary>
    /// Changes whenever anything a reader sees changes (<see cref="ReadVersion"/>): every document an ingest stores,
    /// and every catalogue import that changed the catalogue and so the events' links.
    /// </summary>
    public long? Revision()
    {
        using var c = dialect.Open();
        return ReadVersion.Of(c).Revision;
    }

    /// <summary>
    /// The highest document id: every change to events happens in an ingest that inserts a document row in the same
    /// transaction, ingests are serialised by the writer lock (ids commit in order) and documents are never deleted.
    /// The writer stamps events with it (updated_rev).
    /// </summary>
    internal const string RevisionSql = "SELECT MAX(id) FROM documents";

    public int CountEvents(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var c = dialect.Open();
        return Count(c, ReadVersion.Of(c), query);
    }

    private int Count(DbConnection c, ReadVersion version, EventQuery query)
    {
        var filter = query with { Offset = 0, Limit = int.MaxValue, After = null };
        if (_counts.TryGet(version.Revision, filter, out var known)) return known;
        var count = _reader.Count(c, filter, version);
        _counts.Set(version.Revision, filter, count);
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
        return SqlEventReader.Document(c, "id = @id", new { id });
    }

    public StoredDocument? DocumentByName(string name)
    {
        using var c = dialect.Open();
        return SqlEventReader.Document(c, "name = @name", new { name });
    }

    public CatalogueImport ImportCatalogue(IReadOnlyList<CatalogueLaunch> launches)
    {
        ArgumentNullException.ThrowIfNull(launches);
        using var c = dialect.Open();
        using var tx = dialect.BeginWrite(c);
        var (added, updated, unchanged) = CatalogueSql.Store(c, tx, launches);
        var relinked = CatalogueSql.Relink(c, tx, new CatalogueMatcher(CatalogueSql.Launches(c, tx)));
        tx.Commit();
        return new CatalogueImport(added, updated, unchanged, relinked);
    }

    public IReadOnlyList<CatalogueEntry> Catalogue()
    {
        using var c = dialect.Open();
        return CatalogueSql.Entries(c);
    }

    public void Dispose()
    {
        // Connections are per call; nothing is held between calls.
    }
}
