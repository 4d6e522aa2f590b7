using System.Diagnostics;

namespace Apogee.Cli.Tests;

/// <summary>The built apogee.dll as a real process: ingest, crash mid-run (kill -9), rerun, and every document is stored once.</summary>
public sealed class IngestProcessTests : IDisposable
{
    private readonly EventsTestData _data = new();

    public void Dispose() => _data.Dispose();

    internal static string Apogee => Path.Combine(AppContext.BaseDirectory, "apogee.dll");

    [Fact]
    public void The_real_executable_ingests_and_lists_events()
    {
        var input = WriteArticles(3);
        var ingest = Run(["ingest", input, "--db", _data.Db, "--published", "2024-03-20"]);
        Assert.Equal(0, ingest.Code);
        Assert.Contains("documents: 3 new", ingest.Out, StringComparison.Ordinal);
        var events = Run(["events", "--format", "csv", "--db", _data.Db]);
        Assert.Equal(0, events.Code);
        Assert.Equal(4, events.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Killing_an_ingest_mid_run_loses_nothing_and_a_rerun_completes_it() => CrashAndRerun(_data.Dir, _data.Db);

    /// <summary>Small batches so the kill lands between commits with documents still on the workers.</summary>
    [Fact]
    public void Killing_a_parallel_batched_ingest_between_commits_loses_nothing() => CrashAndRerun(_data.Dir, _data.Db, "--workers", "2", "--batch", "4");

    /// <summary>Ingest 60 articles, kill -9 after a few are stored, rerun: every article once, one event each.</summary>
    internal static void CrashAndRerun(string root, string db, params string[] options)
    {
        var input = WriteArticles(root, 60);
        using (var p = Start(["ingest", input, "--db", db, "--published", "2024-03-20", .. options]))
        {
            // Wait until some documents are in, then kill without warning.
            var seen = 0;
            while (seen < 5 && p.StandardOutput.ReadLine() is { } line)
            {
                if (line.Contains("\tnew\t", StringComparison.Ordinal)) seen++;
            }

            p.Kill(entireProcessTree: true);
            p.WaitForExit();
        }

        var rerun = Run(["ingest", input, "--db", db, "--published", "2024-03-20"]);
        Assert.Equal(0, rerun.Code);
        Assert.Contains("failed; events:", rerun.Out, StringComparison.Ordinal);
        var csv = Run(["events", "--format", "csv", "--db", db]).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(61, csv.Length); // one event per article day, none doubled
        var docs = csv.Skip(1).SelectMany(l => l.Split(',')[^1].Split(';')).ToList();
        Assert.Equal(60, docs.Count);
        Assert.Equal(60, docs.Distinct().Count());
    }

    /// <summary>Synthetic articles, one launch each on a different day a week apart (written for this test).</summary>
    private string WriteArticles(int n) => WriteArticles(_data.Dir, n);

    internal static string WriteArticles(string root, int n)
    {
        var dir = Path.Combine(root, "articles");
        Directory.CreateDirectory(dir);
        for (var i = 0; i < n; i++)
        {
            var date = new DateOnly(2020, 1, 6).AddDays(7 * i);
            var day = date.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture);
            WritePublished(Path.Combine(dir, $"a{i:D3}.meta.json"), date.AddDays(1));
            File.WriteAllText(Path.Combine(dir, $"a{i:D3}.txt"),
                $"North Korea fired a ballistic missile into the sea off its east coast on {day}, South Korea's Joint Chiefs of Staff said.\n\n" +
                $"The missile flew about {300 + i} kilometers, the Joint Chiefs of Staff said.\n");
        }

        return dir;
    }

    /// <summary>A sidecar giving the article's publication day, as news articles have.</summary>
    internal static void WritePublished(string sidecar, DateOnly published) =>
        File.WriteAllText(sidecar, $"{{\"published\": \"{published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}\"}}");

    internal static Process Start(string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Apogee);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Remove("APOGEE_DB");
        return Process.Start(psi)!;
    }

    internal static (int Code, string Out, string Err) Run(string[] args)
    {
        using var p = Start(args);
        var err = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout, err.Result);
    }
}
