using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Apogee.Cli.Tests;

/// <summary>
/// `apogee ingest --workers N --batch N`: parallel extraction and batched commits change nothing but speed. The same
/// inputs give the same lines, errors, exit code, events and database rows as one worker storing one document per
/// transaction. Inputs: the repository's samples/ (synthetic) and a synthetic .jsonl written here.
/// </summary>
public sealed class IngestWorkersTests : IDisposable
{
    private static readonly string[] Outlets = ["Harbor Wire", "Seoul Ledger", "Tokyo Evening", "Pacific Desk"];
    private static readonly string[] Sites = ["Sunan", "Wonsan", "Sinpo", "Hamhung", "Kusong", "Jagang province"];

    private readonly EventsTestData _sequential = new();
    private readonly EventsTestData _parallel = new();

    public void Dispose()
    {
        _sequential.Dispose();
        _parallel.Dispose();
    }

    public static TheoryData<string, string> Settings => new()
    {
        { "2", "8" },
        { "3", "5" },
        { "2", "64" },
    };

    [Theory]
    [MemberData(nameof(Settings))]
    public void Parallel_batched_ingest_gives_exactly_what_one_worker_one_commit_gives(string workers, string batch)
    {
        var inputs = Inputs();
        var one = _sequential.Run(["ingest", .. inputs, "--published", "2024-03-20", "--workers", "1", "--batch", "1"]);
        var many = _parallel.Run(["ingest", .. inputs, "--published", "2024-03-20", "--workers", workers, "--batch", batch]);

        Assert.Equal(1, one.Code); // the synthetic file has bad lines: they fail alone
        Assert.Contains("#41: bad .jsonl line", one.Err, StringComparison.Ordinal);
        Assert.Equal(one, many);
        Assert.Equal(_sequential.Run("events", "--format", "json").Out, _parallel.Run("events", "--format", "json").Out);
        Assert.Equal(Dump(_sequential.Db), Dump(_parallel.Db));
        Assert.Contains("\tduplicate\t", one.Out, StringComparison.Ordinal);
        Assert.Contains("\tirrelevant\t", one.Out, StringComparison.Ordinal);
        Assert.Contains("~", one.Out, StringComparison.Ordinal); // some reports merged into earlier events
    }

    [Theory]
    [InlineData("--workers", "0")]
    [InlineData("--workers", "two")]
    [InlineData("--workers", "-1")]
    [InlineData("--batch", "0")]
    [InlineData("--batch", "1.5")]
    [InlineData("--batch", "")]
    public void Bad_workers_or_batch_are_usage_errors(string option, string value)
    {
        var (code, stdout, stderr) = _sequential.Run("ingest", "in", option, value);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains($"option '{option}' wants a positive whole number, not '{value}'", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--workers", "100000", "at most 256")]
    [InlineData("--batch", "99999999999", "at most 100000")]
    public void Absurd_workers_or_batch_are_usage_errors(string option, string value, string message)
    {
        var (code, _, stderr) = _sequential.Run("ingest", "in", option, value);
        Assert.Equal(2, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    private string[] Inputs()
    {
        var samples = Samples();
        Assert.True(samples is not null, "samples/ not found above the test folder");
        var jsonl = Path.Combine(_sequential.Dir, "inputs", "reports.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(jsonl)!);
        File.WriteAllText(jsonl, SyntheticReports(), new UTF8Encoding(false));
        return [samples, jsonl, Path.Combine(_sequential.Dir, "inputs", "missing.txt")];
    }

    /// <summary>
    /// 40 reports of 10 launches (4 outlets each, so later reports merge into earlier events), then a broken line, an
    /// irrelevant story and a line repeating an earlier report's text (a duplicate). Written for this test.
    /// </summary>
    private static string SyntheticReports()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 40; i++)
        {
            var launch = i % 10;
            var day = new DateOnly(2021, 3, 2).AddDays(11 * launch);
            var outlet = Outlets[i / 10];
            var km = 300 + (40 * launch) + (10 * (i / 10));
            var text = $"North Korea fired a ballistic missile from near {Sites[launch % Sites.Length]} on {day.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}, " +
                       $"{(i / 10 % 2 == 0 ? "South Korea's Joint Chiefs of Staff" : "Japan's Defense Ministry")} said.\n\n" +
                       $"The missile flew about {km} kilometers before falling into the sea, {outlet} reported.";
            sb.AppendLine(Line($"r{i:D2}", outlet, day.AddDays(1), text));
        }

        sb.AppendLine("{\"id\": \"broken\", \"text\": ");
        sb.AppendLine(Line("trade", "Harbor Wire", new DateOnly(2021, 5, 1), "Officials met on Monday to discuss trade tariffs and farm subsidies, the ministry said."));
        var again = JsonDocument.Parse(sb.ToString().Split('\n')[3]).RootElement.GetProperty("text").GetString()!;
        sb.AppendLine(Line("r03-again", "Pacific Desk", new DateOnly(2021, 5, 2), again));
        return sb.ToString();
    }

    private static string Line(string id, string outlet, DateOnly published, string text) => JsonSerializer.Serialize(new Dictionary<string, string>
    {
        ["id"] = id,
        ["outlet"] = outlet,
        ["published"] = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["text"] = text,
    });

    /// <summary>Every row of every table, in id order, as text: equal dumps are equal databases.</summary>
    private static List<string> Dump(string db)
    {
        var rows = new List<string>();
        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        foreach (var table in new[] { "documents", "events", "event_reports", "claims" })
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"SELECT * FROM {table} ORDER BY id";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                rows.Add(table + ": " + string.Join(" | ", Enumerable.Range(0, r.FieldCount).Select(i => Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture))));
            }
        }

        Assert.True(rows.Count > 100, $"only {rows.Count} rows");
        return rows;
    }

    private static string? Samples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Apogee.slnx")) && Directory.Exists(Path.Combine(dir.FullName, "samples"))) return Path.Combine(dir.FullName, "samples");
        }

        return null;
    }
}
