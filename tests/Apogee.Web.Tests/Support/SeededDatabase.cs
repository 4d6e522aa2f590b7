using Apogee.Core.Storage;
using Apogee.Storage;

namespace Apogee.Web.Tests.Support;

/// <summary>A real SQLite file in a fresh temp folder, filled with the synthetic corpus; deleted afterwards.</summary>
public sealed class SeededDatabase : IDisposable
{
    public SeededDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("apogee-web-").FullName;
        Path = System.IO.Path.Combine(Folder, "apogee.db");
        using var store = EventStoreFactory.Open(Path);
        Outcomes = SyntheticCorpus.Seed(store);
    }

    public string Folder { get; }

    public string Path { get; }

    public IReadOnlyList<IngestOutcome> Outcomes { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing request is left to the OS temp cleaner.
        }
    }
}
