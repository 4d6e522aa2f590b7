using System.Data.Common;
using System.Runtime.CompilerServices;
using Apogee.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Apogee.Storage.Sqlite;

/// <summary>SQLite: one file, WAL so readers never block the writer, a busy timeout so writers queue instead of failing.</summary>
internal sealed class SqliteDialect(string path) : ISqlDialect
{
    public const int BusyTimeoutMs = 30_000;

    /// <summary>
    /// Page size of a new file (an existing file keeps its own). SQLite's default 4 KiB page holds one ~2 KiB document
    /// row and leaves the rest empty: in the 100k bench store 47 % of the documents table's pages and 26 % of the
    /// events table's were unused space (docs/STORAGE.md "What the store is made of").
    /// </summary>
    public const int PageSize = 16 * 1024;

    /// <summary>Page cache of a connection that writes (default is 2 MiB): the events indexes of a 100k-event store stay in memory.</summary>
    public const int CacheKiB = 32 * 1024;

    /// <summary>
    /// Page cache of a connection that only reads. Each pooled connection has its own cache, and a server under load
    /// holds dozens of them: at 32 MiB each `apogee serve` reached 1.16 GB peak RSS under bench/api-load.sh (216 MB at
    /// 2 MiB, the same latencies). A memory map instead was tried: its file pages count in RSS too (1.3 GB).
    /// </summary>
    public const int ReadCacheKiB = 2 * 1024;

    private static readonly object Writer = new();

    /// <summary>Handles whose cache has been raised to <see cref="CacheKiB"/> for writing.</summary>
    private readonly ConditionalWeakTable<object, object> _writers = [];

    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = BusyTimeoutMs / 1000,
    }.ToString();

    private static readonly object Configured = new();

    /// <summary>Native handles whose pragmas are set; weak, so a handle the pool closes is forgotten with it.</summary>
    private readonly ConditionalWeakTable<object, object> _configured = [];

    public string Name => "sqlite";

    public string Path { get; } = path;

    public DbConnection Open()
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        // Pooled handles keep their pragmas: set them once per native handle, not on every call (six statements a call).
        if (c.Handle is { } known && _configured.TryGetValue(known, out _)) return c;
        using var cmd = c.CreateCommand();
        // page_size first: it only takes effect on a file with no pages yet, before WAL mode writes the header.
        cmd.CommandText = $"PRAGMA page_size={PageSize}; PRAGMA busy_timeout={BusyTimeoutMs}; PRAGMA foreign_keys=ON; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; " +
            $"PRAGMA cache_size=-{ReadCacheKiB}; PRAGMA temp_store=MEMORY;";
        cmd.ExecuteNonQuery();
        if (c.Handle is { } handle) _configured.AddOrUpdate(handle, Configured);
        return c;
    }

    public DbTransaction BeginWrite(DbConnection connection)
    {
        var c = (SqliteConnection)connection;
        // A writer reads the indexes it updates again and again: its handle keeps the larger cache from now on.
        if (c.Handle is { } handle && !_writers.TryGetValue(handle, out _))
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"PRAGMA cache_size=-{CacheKiB}";
            cmd.ExecuteNonQuery();
            _writers.AddOrUpdate(handle, Writer);
        }

        return c.BeginTransaction(deferred: false); // BEGIN IMMEDIATE: take the write lock now
    }

    public string InList(string column, string parameter) => $"{column} IN @{parameter}";

    public bool ArrayParameters => false;

    public string PageRangeColumn => "+range_km";

    public string ReportTextInsert => "INSERT INTO report_text (rowid, quotes) VALUES (@id, @text)";

    public string ReportTextDelete => "DELETE FROM report_text WHERE rowid = @id";

    public string ReportTextMatch(TextSearch search) => "SELECT rowid FROM report_text WHERE report_text MATCH @text";

    /// <summary>FTS5 query syntax: each word a quoted string (implicit AND), or all of them one quoted phrase.</summary>
    public string ReportTextArgument(TextSearch search) =>
        search.Phrase ? "\"" + string.Join(' ', search.Words) + "\"" : string.Join(' ', search.Words.Select(w => "\"" + w + "\""));

    /// <summary>
    /// FTS5, contentless (the quotes are in the claims table already; the index keeps only words and positions) with
    /// deletes allowed (re-clustering drops reports). Diacritics are kept, as PostgreSQL's 'simple' configuration keeps them.
    /// </summary>
    private const string ReportTextTable =
        "CREATE VIRTUAL TABLE report_text USING fts5(quotes, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')";

    public string Types(string script) => script
        .Replace("{report_text_table}", ReportTextTable, StringComparison.Ordinal)
        .Replace("{report_text_index}", "SELECT 1", StringComparison.Ordinal)
        .Replace("{report_text_fill}", "INSERT INTO report_text (rowid, quotes) SELECT report_id, group_concat(quote, char(10)) FROM (" + Migrations.ReportQuotes + ") GROUP BY report_id", StringComparison.Ordinal)
        .Replace("{id}", "INTEGER PRIMARY KEY AUTOINCREMENT", StringComparison.Ordinal) // AUTOINCREMENT: ids are never reused
        .Replace("{bigint}", "INTEGER", StringComparison.Ordinal)
        .Replace("{real}", "REAL", StringComparison.Ordinal)
        .Replace("{span}", "CAST(julianday(latest) - julianday(earliest) AS INTEGER)", StringComparison.Ordinal);
}
