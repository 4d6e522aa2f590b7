using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Apogee.Cli.Tests;

/// <summary>
/// Resolution on the real corpus (read from ../shared at test time, never copied): after ingesting seeds and dev, two
/// documents' primary launches share an event exactly when the gold gives them the same real launch day.
/// </summary>
public sealed class IngestCorpusTests : IDisposable
{
    private readonly EventsTestData _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Primary_reports_resolve_to_the_same_event_exactly_when_they_report_the_same_launch()
    {
        var shared = Shared();
        Assert.True(shared is not null, "../shared (corpus and gold) not found above the test folder");
        var (code, _, stderr) = _data.Run("ingest", Path.Combine(shared, "corpus", "seeds"), Path.Combine(shared, "corpus", "dev"));
        Assert.True(code == 0, stderr);

        var eventOf = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var c = new SqliteConnection($"Data Source={_data.Db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT d.origin, d.name, er.event_id FROM event_reports er JOIN documents d ON d.id = er.document_id WHERE er.role = 'primary'";
            using var r = cmd.ExecuteReader();
            // Seeds and dev reuse names (001...): key by set folder and name.
            while (r.Read()) eventOf[$"{Path.GetFileName(Path.GetDirectoryName(r.GetString(0)))}/{r.GetString(1)}"] = r.GetInt64(2);
        }

        var truth = Directory.GetFiles(Path.Combine(shared, "gold"), "*.json", SearchOption.AllDirectories)
            .Select(f => (Set: Path.GetFileName(Path.GetDirectoryName(f))!, Gold: JsonDocument.Parse(File.ReadAllText(f)).RootElement))
            .Where(x => x.Gold.TryGetProperty("primary", out var p) && p.ValueKind == JsonValueKind.Object && p.TryGetProperty("date_truth", out _))
            .ToDictionary(x => $"{x.Set}/{x.Gold.GetProperty("document").GetString()}", x => Days(x.Gold.GetProperty("primary").GetProperty("date_truth")), StringComparer.Ordinal);
        var docs = truth.Keys.Where(eventOf.ContainsKey).Order(StringComparer.Ordinal).ToList();
        int together = 0, wronglyTogether = 0, wronglyApart = 0;
        for (var i = 0; i < docs.Count; i++)
        {
            for (var j = i + 1; j < docs.Count; j++)
            {
                var sameLaunch = truth[docs[i]].Overlaps(truth[docs[j]]);
                var sameEvent = eventOf[docs[i]] == eventOf[docs[j]];
                if (sameLaunch && sameEvent) together++;
                else if (sameEvent) wronglyTogether++;
                else if (sameLaunch) wronglyApart++;
            }
        }

        // Measured at commit time: 38 documents, 7 same-launch pairs together, 0 wrongly together, 0 wrongly apart.
        // Extraction errors (a wrong date) can split a pair, so allow one; merging different launches is resolution's fault.
        Assert.True(docs.Count >= 30, $"only {docs.Count} gold documents had a primary event");
        Assert.Equal(0, wronglyTogether);
        Assert.True(wronglyApart <= 1 && together >= 6, $"together {together}, wrongly apart {wronglyApart}");
    }

    private static HashSet<string> Days(JsonElement e) =>
        e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().Select(d => d.GetString()!).ToHashSet() : [e.GetString()!];

    private static string? Shared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "gold")) && Directory.Exists(Path.Combine(candidate, "corpus"))) return candidate;
        }

        return null;
    }
}
