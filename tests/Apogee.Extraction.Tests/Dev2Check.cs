using System.Globalization;
using Apogee.Core.Model;

namespace Apogee.Extraction.Tests;

/// <summary>Runs one synthetic report and checks the few event fields the dev2 relevance/class tests state.</summary>
internal static class Dev2Check
{
    public static void Run(LaunchExtractor extractor, string published, string text, string expected)
    {
        var doc = new CleanDocument("synthetic", "memory", text, new DocumentMetadata(DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture)), [], []);
        var report = extractor.Extract(doc);
        var failures = new List<string>();
        foreach (var pair in expected.Split(';'))
        {
            var kv = pair.Split('=', 2);
            var e = report.Primary;
            var got = kv[0] switch
            {
                "rel" => report.Relevant ? "true" : "false",
                "actor" => e?.Actor,
                "cat" => e?.Category,
                "rc" => e?.RangeClass,
                "basing" => e?.Basing,
                "name" => e?.MissileName,
                "site" => e?.Site?.Name,
                "day" => e is null ? null : $"{e.Date.Earliest:yyyy-MM-dd}..{e.Date.Latest:yyyy-MM-dd}",
                _ => "unknown key " + kv[0],
            };
            if (!kv[1].Split('|').Contains(got ?? "null")) failures.Add($"{kv[0]}: got {got ?? "null"}");
        }

        Assert.True(failures.Count == 0, text[..Math.Min(60, text.Length)] + ": " + string.Join(" | ", failures));
    }
}
