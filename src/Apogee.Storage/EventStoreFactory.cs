using Apogee.Core;
using Apogee.Core.Storage;
using Apogee.Storage.Postgres;
using Apogee.Storage.Sql;
using Apogee.Storage.Sqlite;

namespace Apogee.Storage;

/// <summary>
/// Opens the store a --db value names and brings its schema up to date: a file path (default ./apogee.db) is SQLite;
/// <c>postgres://user:pass@host:port/db</c>, <c>postgresql://...</c> or a <c>Host=...</c> connection string is PostgreSQL.
/// </summary>
public static class EventStoreFactory
{
    /// <summary>Opens and migrates; throws <see cref="ArgumentException"/> for a spec that names no usable database.</summary>
    public static IEventStore Open(string spec)
    {
        var result = TryOpen(spec);
        return result.IsSuccess ? result.Value : throw new ArgumentException(result.Error, nameof(spec));
    }

    public static Result<IEventStore> TryOpen(string? spec)
    {
        var parsed = StoreSpec.Parse(spec);
        if (!parsed.IsSuccess) return Result<IEventStore>.Fail(parsed.Error!);
        ISqlDialect dialect;
        if (parsed.Value.Engine == StoreSpec.Sqlite)
        {
            var full = Path.GetFullPath(parsed.Value.Target);
            if (!Directory.Exists(Path.GetDirectoryName(full))) return Result<IEventStore>.Fail(StorageErrors.MissingFolder(parsed.Value.Target));
            dialect = new SqliteDialect(full);
        }
        else
        {
            dialect = new PostgresDialect(parsed.Value.Target);
        }

        var store = new SqlEventStore(dialect);
        try
        {
            store.Migrate();
        }
        catch (Exception ex)
        {
            return Result<IEventStore>.Fail(StorageErrors.OpenFailed(StorageErrors.Redact(spec!), ex.Message));
        }

        return Result<IEventStore>.Ok(store);
    }
}
