using System.Data.Common;
using Apogee.Core.Model;
using Apogee.Core.Storage;
using Apogee.Resolution;
using Apogee.Storage.Rows;
using Dapper;

namespace Apogee.Storage.Sql;

/// <summary>The read side: shared SQL that both engines run unchanged.</summary>
internal sealed class SqlEventReader(ISqlDialect dialect)
{
    private readonly RevisionCache<(string Argument, bool Phrase), TextMatch> _textMatches = new(64);

    /// <summary>The listing ids of a filter, asked once per revision for deep OFFSET pages (a few filters, 8 bytes an event each).</summary>
    private readonly RevisionCache<EventQuery, long[]> _listings = new(8);

    /// <summary>The distinct stored site keys (LOWER(site_name)), read once per revision: a site filter names those that hold its text.</summary>
    private readonly RevisionCache<bool, string[]> _siteKeys = new(1);

    /// <summary>From this offset on a page is a slice of the filter's listing ids: the index walk past it costs more than the slice.</summary>
    public const int DeepOffset = 1000;

    /// <summary>Id, revision and event JSON of these events (any order).</summary>
    public IReadOnlyList<CandidateRow> EventJson(DbConnection c, DbTransaction tx, IReadOnlyList<long> ids)
    {
        var found = new List<CandidateRow>(ids.Count);
        foreach (var chunk in ids.Chunk(ChunkSize))
        {
            found.AddRange(c.Query<CandidateRow>(
                $"SELECT id AS Id, updated_rev AS Rev, event_json AS EventJson FROM events WHERE {dialect.InList("id", "chunk")}", new { chunk }, tx));
        }

        return found;
    }

    /// <summary>The most days any stored event's interval spans (index lookup); the writer runs it as a prepared statement.</summary>
    public const string WidestSpanSql = "SELECT MAX(span_days) FROM events";

    /// <summary>The most days any stored event's interval spans; 0 for none.</summary>
    public static long WidestSpan(DbConnection c, DbTransaction? tx) =>
        Math.Max(0, c.ExecuteScalar<long?>(WidestSpanSql, transaction: tx) ?? 0);

    public static DateOnly Before(DateOnly day, long days) =>
        DateOnly.FromDayNumber((int)Math.Clamp(day.DayNumber - days, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));

    /// <summary>The stored, indexed form of an actor: matching ignores case, and a normalised column keeps the index usable.</summary>
    public static string ActorKey(string actor) => actor.ToLowerInvariant();

    /// <summary>Whole days from earliest to latest; null unless both are known.</summary>
    public static long? SpanDays(DateBounds date) =>
        date.Earliest is { } a && date.Latest is { } b ? b.DayNumber - a.DayNumber : null;

    /// <summary>
    /// Every document's account of one event with its claims, the input of consolidation, in report-id order, each with
    /// its report id and its document's content hash (what the writer's cache keeps, <see cref="CachedReport"/>). Claims
    /// come lean (<see cref="PackedReport.Lean"/>: no quote, speaker or offsets, which consolidation never reads), the
    /// same shape the writer's cache holds, so both paths consolidate from identical input.
    /// </summary>
    public static IReadOnlyList<(long Id, string ContentHash, ReportedEvent Report)> ConsolidationInput(DbConnection c, DbTransaction tx, long eventId)
    {
        var reports = c.Query<(long Id, long DocumentId, string Role, string ReportJson, string ContentHash)>(
            "SELECT r.id, r.document_id, r.role, r.report_json, d.content_hash FROM event_reports r JOIN documents d ON d.id = r.document_id WHERE r.event_id = @eventId ORDER BY r.id",
            new { eventId }, tx).ToList();
        var claims = c.Query<(long Id, long? ReportId, string Field, string ValueJson, string Qualifier, string Source)>(
                "SELECT id, report_id, field, value_json, qualifier, source FROM claims WHERE event_id = @eventId ORDER BY id", new { eventId }, tx)
            .GroupBy(r => r.ReportId ?? 0).ToDictionary(g => g.Key, g => g.ToList());
        return reports.Select(r => (r.Id, r.ContentHash, new ReportedEvent(
                r.DocumentId,
                r.Role,
                StoreJson.Read<LaunchEvent>(r.ReportJson),
                claims.TryGetValue(r.Id, out var list)
                    ? list.Select(x => new IdentifiedClaim(x.Id, PackedReport.Lean(x.Field, StoreJson.Read<ClaimValue>(x.ValueJson), x.Qualifier, x.Source))).ToList()
                    : [])))
            .ToList();
    }

    public IReadOnlyList<StoredEvent> Events(DbConnection c, EventQuery q)
    {
        var (where, args) = Filter(c, q, page: true);
        args.Add("limit", (long)Math.Max(0, q.Limit));
        args.Add("offset", (long)Math.Max(0, q.Offset));
        var rows = c.Query<EventRow>(
            $"SELECT {EventRow.Columns} FROM events {where} {Listing} LIMIT @limit OFFSET @offset",
            args).ToList();

        // Claims and documents in batches, not per event: a listing is three queries per chunk, not three per event.
        var claims = new Dictionary<long, List<StoredClaim>>();
        var docs = new Dictionary<long, List<string>>();
        foreach (var chunk in rows.Select(r => r.Id).Chunk(ChunkSize))
        {
            foreach (var r in c.Query<ClaimRow>(ClaimRow.Select + $"WHERE {dialect.InList("c.event_id", "chunk")} ORDER BY c.id", new { chunk }))
            {
                Add(claims, r.EventId!.Value, ToStored(r));
            }

            foreach (var r in c.Query<(long EventId, string Name)>(
                $"SELECT er.event_id, d.name FROM event_reports er JOIN documents d ON d.id = er.document_id WHERE {dialect.InList("er.event_id", "chunk")} ORDER BY d.id, er.id",
                new { chunk }))
            {
                Add(docs, r.EventId, r.Name);
            }
        }

        return CatalogueSql.Attach(c, null, dialect, rows.Select(r => Build(r, claims.GetValueOrDefault(r.Id) ?? [], docs.GetValueOrDefault(r.Id) ?? [])).ToList());
    }

    /// <summary>A page as a list shows it: one query, one row per event (the summary is stored on it).</summary>
    public IReadOnlyList<EventListing> List(DbConnection c, EventQuery q, ReadVersion version)
    {
        if (q.Text is not null && TextSearch.Parse(q.Text) is { Words.Count: > 0 } search) return ListByText(c, q, search, version);
        if (q.Offset >= DeepOffset && q.After is null) return DeepPage(c, q, version);
        var (where, args) = Filter(c, q, page: true, version);
        args.Add("limit", (long)Math.Max(0, q.Limit));
        args.Add("offset", (long)Math.Max(0, q.Offset));
        return Page(c, $"SELECT id FROM events {where} {Listing} LIMIT @limit OFFSET @offset", args, version);
    }

    /// <summary>
    /// A deep OFFSET page: a slice of the filter's ids in listing order, read once per revision. Walking 12,000 index
    /// entries on every request was the one PostgreSQL page over 20 ms at p99 under load (2.5 ms alone, more when the
    /// two cores are shared); the slice is the same rows in the same order.
    /// </summary>
    private IReadOnlyList<EventListing> DeepPage(DbConnection c, EventQuery q, ReadVersion version)
    {
        var filter = q with { Offset = 0, Limit = int.MaxValue };
        if (!_listings.TryGet(version.Revision, filter, out var ids))
        {
            var (where, args) = Filter(c, filter, page: true, version);
            ids = c.Query<long>($"SELECT id FROM events {where} {Listing}", args).ToArray();
            _listings.Set(version.Revision, filter, ids);
        }

        return Page(c, [.. ids.Skip(q.Offset).Take(Math.Max(0, q.Limit))], version);
    }

    /// <summary>
    /// The listings of the ids a query selects, in listing order, in one round trip. Ids first, rows second: the
    /// page's ids come from the listing index alone (PostgreSQL otherwise sorted every matching row, JSON and all, to
    /// skip a deep OFFSET: 444 ms at offset 12,000 of 15,819), then the page's rows by primary key, sorted again (a
    /// page's worth).
    /// </summary>
    private IReadOnlyList<EventListing> Page(DbConnection c, string idsSql, DynamicParameters args, ReadVersion version)
    {
        var rows = c.Query<ListingRow>($"SELECT {ListingRow.Columns} FROM events WHERE id IN ({idsSql}) {Listing}", args).ToList();
        return CatalogueSql.Attach(c, dialect, rows.Select(r => Listed(c, r)).OfType<EventListing>().ToList(), version.Catalogue);
    }

    /// <summary>The listings of these event ids, in this order.</summary>
    private IReadOnlyList<EventListing> Page(DbConnection c, List<long> ids, ReadVersion version)
    {
        if (ids.Count == 0) return [];
        var rows = new Dictionary<long, ListingRow>(ids.Count);
        foreach (var chunk in ids.Chunk(ChunkSize))
        {
            foreach (var r in c.Query<ListingRow>($"SELECT {ListingRow.Columns} FROM events WHERE {dialect.InList("id", "chunk")}", new { chunk }))
            {
                rows[r.Id] = r;
            }
        }

        return CatalogueSql.Attach(c, dialect, ids.Where(rows.ContainsKey).Select(id => Listed(c, rows[id])).OfType<EventListing>().ToList(), version.Catalogue);
    }

    /// <summary>
    /// A text page: the matching events' ids in listing order, remembered per store revision (<see cref="RevisionCache{TKey, TValue}"/>);
    /// text alone pages by slicing them; with other filters, the other filters' ids in listing order (the listing
    /// index, ids only), the page's ids where both meet, then those rows. The same rows and order as the
    /// SQL filter gives (Filter's text clause is the same match), without asking the full-text index again.
    /// </summary>
    private IReadOnlyList<EventListing> ListByText(DbConnection c, EventQuery q, TextSearch search, ReadVersion version)
    {
        var argument = dialect.ReportTextArgument(search);
        if (!_textMatches.TryGet(version.Revision, (argument, search.Phrase), out var match))
        {
            // The matching events in listing order, asked once per revision: a page of text alone is then a slice.
            var ordered = c.Query<long>(
                $"SELECT id FROM events WHERE id IN (SELECT er.event_id FROM event_reports er WHERE er.id IN ({dialect.ReportTextMatch(search)})) {Listing}",
                new { text = argument }).ToArray();
            match = new TextMatch(ordered, [.. ordered]);
            _textMatches.Set(version.Revision, (argument, search.Phrase), match);
        }

        var offset = Math.Max(0, q.Offset);
        var limit = Math.Max(0, q.Limit);
        if (q with { Text = null, Offset = 0, Limit = int.MaxValue } == EventQuery.All)
        {
            return Page(c, [.. match.InListingOrder.Skip(offset).Take(limit)], version);
        }

        var (where, args) = Filter(c, q with { Text = null }, page: true, version);
        if (dialect.ArrayParameters)
        {
            // PostgreSQL takes the set as one array parameter and walks the listing index itself: sending every
            // listing id to the client to filter here cost ~37 ms a page at 15,819 events.
            args.Add("matching", match.InListingOrder);
            args.Add("limit", (long)limit);
            args.Add("offset", (long)offset);
            var clause = (where.Length == 0 ? "WHERE " : where + " AND ") + dialect.InList("id", "matching");
            return Page(c, $"SELECT id FROM events {clause} {Listing} LIMIT @limit OFFSET @offset", args, version);
        }

        // SQLite has no array parameter (an IN list of a common word's ids could pass its variable limit): the listing
        // ids, filtered here.
        var ids = c.Query<long>($"SELECT id FROM events {where} {Listing}", args, buffered: false)
            .Where(match.Set.Contains).Skip(offset).Take(limit).ToList();
        return Page(c, ids, version);
    }

    private EventListing? Listed(DbConnection c, ListingRow r)
    {
        var ev = StoreJson.Read<LaunchEvent>(r.EventJson);
        // Every event gets its summary from the writer or the migration; should one lack it, read it whole.
        if (r.SummaryJson is null) return Event(c, null, r.Id) is { } whole ? ListingSummary.Of(whole) : null;
        var summary = StoreJson.Read<StoredSummary>(r.SummaryJson);
        return new EventListing(r.Id, ev, summary.Reports, summary.Sources, summary.Conflicts);
    }

    /// <summary>The listing order, which the events_listing index holds: a page walks it and stops.</summary>
    private const string Listing = "ORDER BY (CASE WHEN earliest IS NULL THEN 1 ELSE 0 END), earliest, id";

    /// <summary>
    /// The summaries of events stored before summary_json existed, computed from their claims as the writer would
    /// (run by <see cref="SqlEventStore.Migrate"/> inside its transaction, once; a store written since needs none).
    /// </summary>
    public int FillSummaries(DbConnection c, DbTransaction tx)
    {
        var ids = c.Query<long>("SELECT id FROM events WHERE summary_json IS NULL ORDER BY id", transaction: tx).ToList();
        foreach (var chunk in ids.Chunk(ChunkSize))
        {
            var why = c.Query<(long Id, string Json)>($"SELECT id, explanations_json FROM events WHERE {dialect.InList("id", "chunk")}", new { chunk }, tx)
                .ToDictionary(r => r.Id, r => StoreJson.Explanations(r.Json));
            var reports = c.Query<(long EventId, long Count)>(
                    $"SELECT event_id, COUNT(*) FROM event_reports WHERE {dialect.InList("event_id", "chunk")} GROUP BY event_id", new { chunk }, tx)
                .ToDictionary(r => r.EventId, r => (int)r.Count);
            var claims = c.Query<(long EventId, string Field, string ValueJson, string Qualifier, string Source)>(
                    $"SELECT event_id, field, value_json, qualifier, source FROM claims WHERE {dialect.InList("event_id", "chunk")} ORDER BY id", new { chunk }, tx)
                .GroupBy(r => r.EventId)
                .ToDictionary(g => g.Key, g => g.Select(x => PackedReport.Lean(x.Field, StoreJson.Read<ClaimValue>(x.ValueJson), x.Qualifier, x.Source)).ToList());
            foreach (var id in chunk)
            {
                var summary = StoredSummary.Of(reports.GetValueOrDefault(id), claims.GetValueOrDefault(id) ?? [], why.GetValueOrDefault(id) ?? []);
                c.Execute("UPDATE events SET summary_json = @json WHERE id = @id", new { json = StoreJson.Write(summary), id }, tx);
            }
        }

        return ids.Count;
    }

    public int Count(DbConnection c, EventQuery q, ReadVersion? version = null)
    {
        var (where, args) = Filter(c, q, page: false, version);
        return (int)c.ExecuteScalar<long>($"SELECT COUNT(*) FROM events {where}", args);
    }

    public StoredEvent? Event(DbConnection c, DbTransaction? tx, long id)
    {
        var row = c.QuerySingleOrDefault<EventRow>($"SELECT {EventRow.Columns} FROM events WHERE id = @id", new { id }, tx);
        if (row is null) return null;
        var claims = c.Query<ClaimRow>(ClaimRow.Select + "WHERE c.event_id = @id ORDER BY c.id", new { id }, tx).Select(ToStored).ToList();
        var docs = c.Query<string>(
            "SELECT d.name FROM documents d WHERE d.id IN (SELECT document_id FROM event_reports WHERE event_id = @id) ORDER BY d.id",
            new { id }, tx).ToList();
        return CatalogueSql.Attach(c, tx, dialect, [Build(row, claims, docs)])[0];
    }

    public static StoredDocument? Document(DbConnection c, string condition, object args)
    {
        var row = c.QueryFirstOrDefault<DocumentRow>($"SELECT {DocumentRow.Columns} FROM documents WHERE {condition} ORDER BY id", args);
        if (row is null) return null;
        var claims = c.Query<ClaimRow>(ClaimRow.Select + "WHERE c.document_id = @id ORDER BY c.id", new { id = row.Id }).Select(ToStored).ToList();
        var events = c.Query<long>("SELECT DISTINCT event_id FROM event_reports WHERE document_id = @id ORDER BY event_id", new { id = row.Id }).ToList();
        return new StoredDocument(
            row.Id,
            row.Name,
            row.Origin,
            new DocumentMetadata(StoreJson.Day(row.Published), row.Url, row.Outlet, row.Title),
            row.Text,
            row.ContentHash,
            row.Relevant != 0,
            StoreJson.Read<List<RemovedSpan>>(row.RemovedJson),
            StoreJson.Read<List<string>>(row.CaptionsJson),
            claims,
            events);
    }

    /// <remarks>
    /// For a page, range bounds are written as <see cref="ISqlDialect.PageRangeColumn"/> (SQLite: <c>+range_km</c>,
    /// which keeps its planner from reading the range index and then sorting every matching row). A count has no order, so it keeps the index.
    /// A period's lower bound is also written as a seek into the listing index: an interval that reaches <c>since</c>
    /// cannot start before since minus the widest stored span, and undated rows sort after every dated one, so
    /// <c>(undated, earliest) >= (0, floor)</c> drops no match. Without it a period page walks every earlier event. (Not
    /// in counts: with no LIMIT the seek would walk to the end of the index, slower than scanning a covering index.)
    /// Text search reads the engine's full-text index of report quotes (report_text) once: the matching reports' events
    /// form a set that a count counts (a list page takes the set from its cache instead, see ListByText).
    /// Keyset paging (<see cref="EventQuery.After"/>) seeks the listing index past the cursor's row: a dated cursor is
    /// one row-value comparison (undated rows, whose first key is 1, all sort after it); an undated one keeps undated
    /// rows with a higher id.
    /// </remarks>
    private (string Where, DynamicParameters Args) Filter(DbConnection c, EventQuery q, bool page, ReadVersion? version = null)
    {
        var range = page ? dialect.PageRangeColumn : "range_km";
        var parts = new List<string>();
        var args = new DynamicParameters();
        void Add(bool on, string sql, string name, object? value)
        {
            if (!on) return;
            parts.Add(sql);
            args.Add(name, value);
        }

        Add(q.Since is not null, "COALESCE(latest, earliest) >= @since", "since", StoreJson.Day(q.Since));
        Add(
            q.Since is not null && page,
            "((CASE WHEN earliest IS NULL THEN 1 ELSE 0 END), earliest) >= (0, @sinceFloor)",
            "sinceFloor",
            q.Since is { } since ? StoreJson.Day(Before(since, WidestSpan(c, null))) : null);
        Add(q.Until is not null, "COALESCE(earliest, latest) <= @until", "until", StoreJson.Day(q.Until));
        Add(q.Actor is not null, "actor_key = @actorKey", "actorKey", q.Actor is null ? null : ActorKey(q.Actor));
        if (q.Site is not null)
        {
            // The stored keys that hold the text, compared as the index holds them: one key is a seek in listing order.
            var keys = SiteKeys(c, q.Site, version);
            if (keys.Count == 0) parts.Add("1 = 0");
            else if (keys.Count == 1) Add(true, "LOWER(site_name) = @site", "site", keys[0]);
            else Add(true, dialect.InList("LOWER(site_name)", "site"), "site", keys.ToArray());
        }

        Add(q.Category is not null, "category = @category", "category", q.Category);
        Add(q.RangeClass is not null, "range_class = @rangeClass", "rangeClass", q.RangeClass);
        Add(q.MinRange is not null, $"{range} >= @minRange", "minRange", q.MinRange);
        Add(q.MaxRange is not null, $"{range} <= @maxRange", "maxRange", q.MaxRange);
        if (q.Text is not null)
        {
            var search = TextSearch.Parse(q.Text);
            if (search.Words.Count == 0) parts.Add("1 = 0"); // no word to look for: nothing can hold it
            else Add(true, $"id IN (SELECT er.event_id FROM event_reports er WHERE er.id IN ({dialect.ReportTextMatch(search)}))", "text", dialect.ReportTextArgument(search));
        }

        if (page && q.After is { } after)
        {
            if (after.Earliest is { } day)
            {
                Add(true, "((CASE WHEN earliest IS NULL THEN 1 ELSE 0 END), earliest, id) > (0, @afterDay, @afterId)", "afterDay", StoreJson.Day(day));
            }
            else
            {
                parts.Add("(CASE WHEN earliest IS NULL THEN 1 ELSE 0 END) = 1 AND earliest IS NULL AND id > @afterId");
            }

            args.Add("afterId", after.Id);
        }

        return (parts.Count == 0 ? "" : "WHERE " + string.Join(" AND ", parts), args);
    }

    /// <summary>
    /// The stored site keys whose text holds <paramref name="text"/> (ignoring case; the text is literal, not a LIKE
    /// pattern): a store has a few hundred sites at most, so the list is small and the filter an index seek.
    /// </summary>
    private List<string> SiteKeys(DbConnection c, string text, ReadVersion? version)
    {
        string[] all;
        if (version is not { } v || !_siteKeys.TryGet(v.Revision, true, out all))
        {
            all = [.. c.Query<string>("SELECT DISTINCT LOWER(site_name) FROM events WHERE site_name IS NOT NULL")];
            if (version is { } known) _siteKeys.Set(known.Revision, true, all);
        }

        return [.. all.Where(k => k.Contains(text, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)];
    }

    /// <summary>Enough ids per IN list to stay far below SQLite's and PostgreSQL's parameter limits.</summary>
    private const int ChunkSize = 500;

    private static StoredEvent Build(EventRow row, IReadOnlyList<StoredClaim> claims, IReadOnlyList<string> docs)
    {
        var ev = StoreJson.Read<LaunchEvent>(row.EventJson) with { Claims = claims.Select(s => s.Claim).ToList() };
        return new StoredEvent(row.Id, ev, docs, claims, StoreJson.Explanations(row.ExplanationsJson));
    }

    private static void Add<T>(Dictionary<long, List<T>> map, long key, T value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }

    private static Claim ToClaim(ClaimRow r) =>
        new(r.Field, StoreJson.Read<ClaimValue>(r.ValueJson), r.Qualifier, r.Source, r.Speaker, r.Quote, (int)r.StartOffset, (int)r.EndOffset,
            r.EvidenceJson is null ? null : StoreJson.Read<List<ClaimQuote>>(r.EvidenceJson));

    private static StoredClaim ToStored(ClaimRow r) => new(r.Id, r.DocumentId, r.DocumentName, r.Outlet, r.EventId, r.Role, ToClaim(r));
}
