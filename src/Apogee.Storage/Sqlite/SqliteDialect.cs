using System.Data.Common;
using System.Runtime.CompilerServices;
using Apogee.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Apogee.Storage.Sqlite;

/// <summary>SQLite: one file, WAL so readers never block the writer, a busy timeout so writers queue instead of failing.</summary>
internal sealed class SqliteDialect(string path) : ISqlDialect
{
    public const int BusyTimeoutMs = 30_000;

    /// <summary>Page cache per connection (default is 2 MiB): the events indexes of a 100k-event store stay in memory.</summary>
    public const int CacheKiB = 32 * 1024;

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
        cmd.CommandText = $"PRAGMA busy_timeout={BusyTimeoutMs}; PRAGMA foreign_keys=ON; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; " +
            $"PRAGMA cache_size=-{CacheKiB}; PRAGMA temp_store=MEMORY;";
        cmd.ExecuteNonQuery();
        if (c.Handle is { } handle) _configured.AddOrUpdate(handle, Configured);
        return c;
    }

    public DbTransaction BeginWrite(DbConnection connection) =>
        ((SqliteConnection)connection).BeginTransaction(deferred: false); // BEGIN IMMEDIATE: take the write lock now

    public string InList(string column, string parameter) => $"{column} IN @{parameter}";

    public string Types(string script) => script
        .Replace("{id}", "INTEGER PRIMARY KEY AUTOINCREMENT", StringComparison.Ordinal) // AUTOINCREMENT: ids are never reused
        .Replace("{bigint}", "INTEGER", StringComparison.Ordinal)
        .Replace("{real}", "REAL", StringComparison.Ordinal)
        .Replace("{span}", "CAST(julianday(latest) - julianday(earliest) AS INTEGER)", StringComparison.Ordinal);
}
