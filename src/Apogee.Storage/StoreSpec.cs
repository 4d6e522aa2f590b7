using Apogee.Core;
using Npgsql;

namespace Apogee.Storage;

/// <summary>Which engine a --db value names, and how to connect: a file path is SQLite; a postgres URL or Host= string is PostgreSQL.</summary>
public sealed record StoreSpec(string Engine, string Target)
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgresql";
    public const string DefaultPath = "apogee.db";

    public static Result<StoreSpec> Parse(string? spec)
    {
        if (string.IsNullOrWhiteSpace(spec)) return Result<StoreSpec>.Fail(StorageErrors.EmptySpec);
        spec = spec.Trim();
        if (spec.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || spec.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return FromUrl(spec);
        }

        if (spec.StartsWith("Host=", StringComparison.OrdinalIgnoreCase) || spec.Contains(";Host=", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return Result<StoreSpec>.Ok(new StoreSpec(Postgres, new NpgsqlConnectionStringBuilder(spec).ConnectionString));
            }
            catch (ArgumentException ex)
            {
                return Result<StoreSpec>.Fail(StorageErrors.BadPostgresUrl(spec, ex.Message));
            }
        }

        return Result<StoreSpec>.Ok(new StoreSpec(Sqlite, spec));
    }

    /// <summary>postgres://user:pass@host:port/db?schema=name (schema sets the search path; handy for isolated test schemas).</summary>
    private static Result<StoreSpec> FromUrl(string spec)
    {
        if (!Uri.TryCreate(spec, UriKind.Absolute, out var u) || string.IsNullOrEmpty(u.Host))
        {
            return Result<StoreSpec>.Fail(StorageErrors.BadPostgresUrl(spec, "expected postgres://user:pass@host:port/database"));
        }

        var db = Uri.UnescapeDataString(u.AbsolutePath.TrimStart('/'));
        if (db.Length == 0) return Result<StoreSpec>.Fail(StorageErrors.BadPostgresUrl(spec, "no database name after the host"));
        var user = u.UserInfo.Split(':', 2);
        var b = new NpgsqlConnectionStringBuilder
        {
            Host = u.Host,
            Port = u.Port > 0 ? u.Port : 5432,
            Database = db,
            Username = user.Length > 0 && user[0].Length > 0 ? Uri.UnescapeDataString(user[0]) : null,
            Password = user.Length > 1 ? Uri.UnescapeDataString(user[1]) : null,
        };
        foreach (var pair in u.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            if (kv.Length == 2 && kv[0] is "schema" or "search_path") b.SearchPath = Uri.UnescapeDataString(kv[1]);
        }

        return Result<StoreSpec>.Ok(new StoreSpec(Postgres, b.ConnectionString));
    }
}
