namespace Apogee.Storage.Sql;

/// <summary>
/// The numbered schema versions, in order. Never edit a released one: add the next number. Column types are
/// placeholders the dialect fills ({id}, {bigint}, {real}; {span} = days from earliest to latest); dates are ISO text so both engines compare them alike.
/// </summary>
internal static class Migrations
{
    public const string CreateTable = "CREATE TABLE IF NOT EXISTS schema_migrations (version {bigint} PRIMARY KEY, name TEXT NOT NULL)";

    public static IReadOnlyList<(int Version, string Name, string[] Statements)> All { get; } =
    [
        (1, "documents, events, reports, claims",
        [
            """
            CREATE TABLE documents (
              id {id}, name TEXT NOT NULL, origin TEXT NOT NULL, url TEXT, outlet TEXT, published TEXT, title TEXT,
              text TEXT NOT NULL, content_hash TEXT NOT NULL UNIQUE, relevant {bigint} NOT NULL,
              removed_json TEXT NOT NULL, captions_json TEXT NOT NULL)
            """,
            "CREATE INDEX documents_name ON documents (name)",
            """
            CREATE TABLE events (
              id {id}, actor TEXT NOT NULL, earliest TEXT, latest TEXT, category TEXT NOT NULL, range_class TEXT,
              site_name TEXT, site_lat {real}, site_lon {real}, range_km {real}, apogee_km {real},
              reference_only {bigint} NOT NULL, event_json TEXT NOT NULL, explanations_json TEXT NOT NULL,
              created_rev {bigint} NOT NULL, updated_rev {bigint} NOT NULL)
            """,
            "CREATE INDEX events_dates ON events (actor, earliest, latest)",
            """
            CREATE TABLE event_reports (
              id {id}, event_id {bigint} NOT NULL REFERENCES events (id), document_id {bigint} NOT NULL REFERENCES documents (id),
              role TEXT NOT NULL, report_json TEXT NOT NULL)
            """,
            "CREATE INDEX event_reports_event ON event_reports (event_id)",
            "CREATE INDEX event_reports_document ON event_reports (document_id)",
            """
            CREATE TABLE claims (
              id {id}, document_id {bigint} NOT NULL REFERENCES documents (id), event_id {bigint} REFERENCES events (id),
              report_id {bigint} REFERENCES event_reports (id), role TEXT NOT NULL, field TEXT NOT NULL, value_json TEXT NOT NULL,
              qualifier TEXT NOT NULL, source TEXT NOT NULL, speaker TEXT, quote TEXT NOT NULL,
              start_offset {bigint} NOT NULL, end_offset {bigint} NOT NULL)
            """,
            "CREATE INDEX claims_event ON claims (event_id)",
            "CREATE INDEX claims_document ON claims (document_id)",
        ]),
        // Speed, no change of meaning. LOWER(actor) could use no index, so every ingest scanned every event; the
        // candidate query now reads three index ranges (see SqlEventReader.Candidates), bounded by the widest stored
        // date interval (span_days), which also bounds a period filter's seek into the listing index. The listing index matches the listing's ORDER BY exactly, so a page
        // walks the index instead of sorting the table; a category page walks its own index in listing order; range
        // counts read an index; the site and quote substring tests scan small indexes, not the wide rows.
        (2, "actor_key, span_days, candidate and listing indexes",
        [
            "ALTER TABLE events ADD COLUMN actor_key TEXT",
            "ALTER TABLE events ADD COLUMN span_days {bigint}",
            "UPDATE events SET actor_key = LOWER(actor), span_days = {span}",
            "DROP INDEX events_dates",
            "CREATE INDEX events_candidates ON events (actor_key, earliest, latest)",
            "CREATE INDEX events_open_end ON events (actor_key, latest, earliest)",
            "CREATE INDEX events_span ON events (span_days)",
            "CREATE INDEX events_listing ON events ((CASE WHEN earliest IS NULL THEN 1 ELSE 0 END), earliest, id)",
            "CREATE INDEX events_category ON events (category, (CASE WHEN earliest IS NULL THEN 1 ELSE 0 END), earliest, id)",
            "CREATE INDEX events_site ON events (LOWER(site_name))",
            "CREATE INDEX claims_quote ON claims (LOWER(quote), event_id)",
            "CREATE INDEX events_range ON events (range_km)",
        ]),
        // Speed of writes. The (LOWER(quote), event_id) index cost the writer a third of its time at 100k articles
        // (a sentence-long key per claim, inserted at random places: a freshly dirtied page per claim, written to the
        // WAL at every commit; the store calls alone for the 100k bench's documents: 96.5 s with it, 64.1 s without) and
        // saved little: a substring LIKE cannot seek it, and scanning it instead of the claims table reads ~3/4 as
        // much. Text search now reads the claims of each listed event through claims_event, and a count scans the
        // table. It also lifts a PostgreSQL limit: a B-tree entry over ~2.7 KB (after compression) is refused, and a
        // quote is a whole sentence of any length.
        (3, "drop the quote index",
        [
            "DROP INDEX claims_quote",
        ]),
        // A document gives one claim per (field, value, source); the other sentences that say it are its evidence
        // (JSON list of {quote, start, end}), NULL where one sentence says it (most claims: no cost for them).
        (4, "claim evidence",
        [
            "ALTER TABLE claims ADD COLUMN evidence_json TEXT",
        ]),
        // The reference catalogue (docs/CATALOGUE.md): CNS launches (one row per launch: the rows of one local day and
        // facility folded, launch_key UNIQUE so an import twice adds nothing), a row per import that changed anything
        // (its id is the catalogue's version, which the writer's matcher cache compares), and each event's link, set
        // by the writer whenever it writes the event and by every import for all events.
        (5, "reference catalogue and event links",
        [
            """
            CREATE TABLE catalogue_launches (
              id {id}, launch_key TEXT NOT NULL UNIQUE, day TEXT NOT NULL, actor TEXT NOT NULL, missile TEXT, missile_type TEXT,
              facility TEXT, lat {real}, lon {real}, count {bigint} NOT NULL, apogee_km {real}, distance_km {real}, outcome TEXT,
              lines TEXT NOT NULL)
            """,
            "CREATE INDEX catalogue_launches_day ON catalogue_launches (day)",
            "CREATE TABLE catalogue_imports (id {id}, added {bigint} NOT NULL, updated {bigint} NOT NULL)",
            "ALTER TABLE events ADD COLUMN catalogue_id {bigint} REFERENCES catalogue_launches (id)",
            "CREATE INDEX events_catalogue ON events (catalogue_id)",
        ]),
        // Reads without per-event work (issue #14). summary_json: what a list shows beyond the consolidated fields
        // (reports, sources, disputed fields), written by the writer with the event, so a page reads one row per event
        // instead of every claim of it; rows migrated from an older store get it from SqlEventStore.Migrate.
        // report_text: the words of each report's quotes in the engine's full-text index (SQLite FTS5, PostgreSQL
        // tsvector + GIN), one entry per report rather than per claim (a sentence backs several claims), so a text
        // filter is an index lookup and not a LIKE scan of every quote.
        (6, "list summary on events, full-text index of report quotes",
        [
            "ALTER TABLE events ADD COLUMN summary_json TEXT",
            "{report_text_table}",
            "{report_text_index}",
            "{report_text_fill}",
        ]),
        // Grouping (issue #12): each loose-dated primary report's matching window (Sql/LooseReports), so a
        // re-clustering pass finds every event such a report fits, however far from the event it joined. Rows of an
        // older store are filled from its reports by SqlEventStore.Migrate.
        (LooseReportsVersion, "loose report windows",
        [
            "CREATE TABLE loose_reports (report_id {bigint} PRIMARY KEY, actor_key TEXT NOT NULL, earliest TEXT, latest TEXT)",
            "CREATE INDEX loose_reports_window ON loose_reports (actor_key, earliest, latest)",
        ]),
        // Speed of writes (issue #12): the candidate lookup (WriteCommands.Candidates, every report placed and every
        // re-clustering pass) reads each matching event's revision, which lived only in the wide event row: at 100k
        // articles its ~70 rows a lookup were ~70 random table pages, most not in the page cache (a fifth of the
        // writer's time). With the revision in both candidate indexes the lookup reads the indexes alone.
        (8, "candidate indexes hold the revision",
        [
            "DROP INDEX events_candidates",
            "DROP INDEX events_open_end",
            "CREATE INDEX events_candidates ON events (actor_key, earliest, latest, updated_rev)",
            "CREATE INDEX events_open_end ON events (actor_key, latest, earliest, updated_rev)",
        ]),
        // Speed of reads (issue #14): a site filter was a substring match on every row the listing walk met, and the
        // site name lives in the wide event row (a random table page per row: SQLite's one kind over 20 ms at p99).
        // The filter now names the stored site keys that hold the text (SqlEventReader.SiteKeys), and this index
        // answers one key in listing order, the listing's own walk with no row read.
        (9, "site index in listing order",
        [
            "DROP INDEX events_site",
            "CREATE INDEX events_site ON events (LOWER(site_name), (CASE WHEN earliest IS NULL THEN 1 ELSE 0 END), earliest, id)",
        ]),
    ];

    public const int LooseReportsVersion = 7;

    /// <summary>Each report's distinct quotes: what its report_text entry indexes (the writer indexes the same).</summary>
    public const string ReportQuotes = "SELECT DISTINCT report_id, quote FROM claims WHERE report_id IS NOT NULL";
}
