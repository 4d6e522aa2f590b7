namespace Apogee.Cli.Tests;

/// <summary>
/// A fact that needs the PostgreSQL server of APOGEE_TEST_POSTGRES (scripts/deps/postgres.sh): skipped on a developer
/// machine without one; under CI=true it runs and fails with a clear message instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class IngestPostgresFactAttribute : FactAttribute
{
    public const string NotConfigured =
        "APOGEE_TEST_POSTGRES is not set: run scripts/deps/postgres.sh (scripts/test.sh does) and source .deps.env";

    public IngestPostgresFactAttribute()
    {
        if (Url is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = NotConfigured;
        }
    }

    public static string? Url => Environment.GetEnvironmentVariable("APOGEE_TEST_POSTGRES") is { Length: > 0 } u ? u : null;
}
