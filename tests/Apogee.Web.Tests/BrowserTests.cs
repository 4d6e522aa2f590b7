using System.Diagnostics;
using System.Text.Json;
using Apogee.Web.Tests.Support;
using Xunit.Abstractions;

namespace Apogee.Web.Tests;

/// <summary>
/// Real server, real browser: `apogee serve` over a SQLite file seeded with the synthetic corpus, driven by Debian's
/// chromium through playwright-core (web/browser/dashboard.mjs). scripts/deps/{chromium,npm}.sh install both.
/// Screenshots go to APOGEE_SCREENSHOTS if set (docs/screenshots when refreshing the README), else a temp folder.
/// </summary>
public sealed class BrowserTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Dashboard_filters_event_page_download_and_hostile_article()
    {
        using var db = new SeededDatabase();
        const string key = "browser-test-key";
        using var server = await ServeProcess.StartAsync(db.Path, key);
        var expected = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["total"] = SyntheticCorpus.EventCount,
            ["sites"] = new Dictionary<string, int> { ["Pyongyang"] = 3, ["Sunan"] = 1 },
            ["cruise"] = 2,
            ["conflict"] = new Dictionary<string, string> { ["field"] = "count", ["Japan"] = "2", ["South Korea"] = "1" },
        });
        var shots = Environment.GetEnvironmentVariable("APOGEE_SCREENSHOTS") is { Length: > 0 } s ? s : Path.Combine(db.Folder, "shots");

        var stdout = await BrowserScript.RunAsync(output, TimeSpan.FromSeconds(120), "browser/dashboard.mjs", server.Url.ToString().TrimEnd('/'), shots, expected, key);
        Assert.Contains("ok no injected script ran", stdout, StringComparison.Ordinal);
    }
}
