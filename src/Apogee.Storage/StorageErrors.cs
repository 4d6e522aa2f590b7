namespace Apogee.Storage;

/// <summary>Every error text of the storage project, in one place.</summary>
internal static class StorageErrors
{
    public static string EmptySpec => "no database given: pass a SQLite file path or a postgres:// URL";

    public static string BadPostgresUrl(string spec, string problem) => $"'{Redact(spec)}' is not a usable PostgreSQL URL: {problem}";

    public static string MissingFolder(string path) => $"cannot create SQLite database '{path}': its folder does not exist";

    public static string OpenFailed(string spec, string problem) => $"cannot open database '{spec}': {problem}";

    public static string IngestFailed(string document, string problem) => $"{document}: storing failed, nothing of it was kept: {problem}";

    public static string MigrationFailed(int version, string problem) => $"schema migration {version} failed: {problem}";

    /// <summary>Never echo a password back into logs.</summary>
    public static string Redact(string spec) =>
        Uri.TryCreate(spec, UriKind.Absolute, out var u) && u.UserInfo.Contains(':', StringComparison.Ordinal)
            ? spec.Replace(u.UserInfo, u.UserInfo.Split(':')[0] + ":***", StringComparison.Ordinal)
            : spec;
}
