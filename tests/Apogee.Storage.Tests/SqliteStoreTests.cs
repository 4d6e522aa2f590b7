namespace Apogee.Storage.Tests;

/// <summary>The store suite on a real SQLite file in a fresh temp folder per test.</summary>
public sealed class SqliteStoreTests : StoreTestsBase, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("apogee-store-").FullName;

    protected override string NewDatabase() => Path.Combine(_dir, "apogee.db");

    private int _second;

    /// <summary>Another file each call: a test that compares several arrival orders needs a fresh store for each.</summary>
    protected override string NewSecondDatabase() => Path.Combine(_dir, $"second-{++_second}.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
