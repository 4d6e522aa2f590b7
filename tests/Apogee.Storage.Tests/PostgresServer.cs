using Npgsql;

namespace Apogee.Storage.Tests;

/// <summary>The test PostgreSQL server (scripts/deps/postgres.sh starts one) and throwaway schemas on it.</summary>
public static class PostgresServer
{
    public const string NotConfigured =
        "APOGEE_TEST_POSTGRES is not set: run scripts/deps/postgres.sh (scripts/test.sh does) and source .deps.env";

    public static string? Url => Environment.GetEnvironmentVariable("APOGEE_TEST_POSTGRES") is { Length: > 0 } u ? u : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Creates an empty schema and returns a --db URL whose search path is that schema.</summary>
    public static string CreateSchema(string schema)
    {
        var url = Url ?? throw new InvalidOperationException(NotConfigured);
        Execute(url, $"CREATE SCHEMA \"{schema}\"");
        return url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "schema=" + schema;
    }

    public static void DropSchema(string schema)
    {
        if (Url is { } url) Execute(url, $"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE");
    }

    private static void Execute(string url, string sql)
    {
        var spec = StoreSpec.Parse(url);
        using var c = new NpgsqlConnection(spec.Value.Target);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }
}
