using System.Text.Json;
using Apogee.Storage;
using Npgsql;

namespace Apogee.Cli.Tests;

/// <summary>
/// Real `apogee ingest` processes against one PostgreSQL database: four at once over overlapping inputs end up with the
/// same events as one process alone, and a process killed mid-run loses nothing. Each test uses fresh schemas.
/// </summary>
public sealed class IngestPostgresTests : IDisposable
{
    private readonly EventsTestData _data = new();
    private readonly List<string> _schemas = [];

    public void Dispose()
    {
        foreach (var s in _schemas) Execute($"DROP SCHEMA IF EXISTS \"{s}\" CASCADE");
        _data.Dispose();
    }

    [IngestPostgresFact]
    public void Four_processes_over_overlapping_inputs_store_what_one_process_stores()
    {
        var files = WriteLaunchPairs(Path.Combine(_data.Dir, "pairs"), 8);
        var single = Schema();
        Assert.Equal(0, IngestProcessTests.Run(["ingest", .. files, "--db", single]).Code);

        var parallel = Schema();
        // Four overlapping halves: every file is ingested by two processes at the same time.
        var procs = Enumerable.Range(0, 4)
            .Select(w => IngestProcessTests.Start(["ingest", .. Rotate(files, w * files.Count / 4).Take(files.Count / 2), "--db", parallel]))
            .ToList();
        foreach (var p in procs)
        {
            var err = p.StandardError.ReadToEnd();
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            Assert.True(p.ExitCode == 0, err);
            p.Dispose();
        }

        Assert.Equal(Snapshot(single), Snapshot(parallel));
        Assert.Equal(8, Snapshot(parallel).Count);
    }

    [IngestPostgresFact]
    public void Killing_an_ingest_mid_run_loses_nothing_on_postgres() => IngestProcessTests.CrashAndRerun(_data.Dir, Schema());

    [IngestPostgresFact]
    public void Killing_a_parallel_batched_ingest_loses_nothing_on_postgres() =>
        IngestProcessTests.CrashAndRerun(_data.Dir, Schema(), "--workers", "2", "--batch", "4");

    /// <summary>Each launch told twice: by Seoul's military (exact range) and by a wire service (rounded range). Synthetic text.</summary>
    private static List<string> WriteLaunchPairs(string dir, int launches)
    {
        Directory.CreateDirectory(dir);
        var files = new List<string>();
        for (var i = 0; i < launches; i++)
        {
            var date = new DateOnly(2021, 3, 1).AddDays(10 * i);
            var day = date.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture);
            IngestProcessTests.WritePublished(Path.Combine(dir, $"l{i:D2}-mil.meta.json"), date.AddDays(1));
            IngestProcessTests.WritePublished(Path.Combine(dir, $"l{i:D2}-wire.meta.json"), date.AddDays(2));
            var military = Path.Combine(dir, $"l{i:D2}-mil.txt");
            File.WriteAllText(military,
                $"North Korea fired a ballistic missile into the sea off its east coast on {day}, South Korea's Joint Chiefs of Staff said.\n\n" +
                $"The missile flew {400 + (10 * i)} kilometers, the Joint Chiefs of Staff said.\n");
            var wire = Path.Combine(dir, $"l{i:D2}-wire.txt");
            File.WriteAllText(wire,
                $"North Korea launched a ballistic missile on {day}, according to a wire service tally.\n\n" +
                $"The missile flew about {450 + (10 * i)} kilometers, according to a wire service tally.\n");
            files.Add(military);
            files.Add(wire);
        }

        return files;
    }

    private static IEnumerable<string> Rotate(List<string> list, int by) => list.Skip(by).Concat(list.Take(by));

    /// <summary>The events of a database without ids: which documents each holds and its consolidated figures.</summary>
    private static List<string> Snapshot(string db)
    {
        var (code, stdout, stderr) = IngestProcessTests.Run(["events", "--format", "json", "--db", db]);
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        return json.RootElement.EnumerateArray()
            .Select(e => string.Join(";", e.GetProperty("documents").EnumerateArray().Select(d => d.GetString()).Order(StringComparer.Ordinal)) +
                         $" {e.GetProperty("date")} range={e.GetProperty("range_km")} claims={e.GetProperty("claims").GetArrayLength()}")
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private string Schema()
    {
        var url = IngestPostgresFactAttribute.Url ?? throw new InvalidOperationException(IngestPostgresFactAttribute.NotConfigured);
        var name = "cli_" + Guid.NewGuid().ToString("N");
        Execute($"CREATE SCHEMA \"{name}\"");
        _schemas.Add(name);
        return url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "schema=" + name;
    }

    private static void Execute(string sql)
    {
        if (IngestPostgresFactAttribute.Url is not { } url) return;
        using var c = new NpgsqlConnection(StoreSpec.Parse(url).Value.Target);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }
}
