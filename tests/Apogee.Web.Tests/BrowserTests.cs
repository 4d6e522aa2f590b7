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
        using var server = await ServeProcess.StartAsync(db.Path, "browser-test-key");
        var expected = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["total"] = SyntheticCorpus.EventCount,
            ["sites"] = new Dictionary<string, int> { ["Pyongyang"] = 3, ["Sunan"] = 1 },
            ["cruise"] = 2,
            ["conflict"] = new Dictionary<string, string> { ["field"] = "count", ["Japan"] = "2", ["South Korea"] = "1" },
        });
        var shots = Environment.GetEnvironmentVariable("APOGEE_SCREENSHOTS") is { Length: > 0 } s ? s : Path.Combine(db.Folder, "shots");

        var psi = new ProcessStartInfo("node")
        {
            WorkingDirectory = Path.Combine(RepoPaths.Root, "web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "browser/dashboard.mjs", server.Url.ToString().TrimEnd('/'), shots, expected }) psi.ArgumentList.Add(a);
        using var node = Process.Start(psi)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        if (!node.WaitForExit(120_000))
        {
            node.Kill(entireProcessTree: true);
            Assert.Fail("browser run did not finish in 120 s");
        }

        output.WriteLine(await stdout);
        output.WriteLine(await stderr);
        Assert.True(node.ExitCode == 0, $"browser checks failed:\n{await stdout}\n{await stderr}");
        Assert.Contains("ok no injected script ran", await stdout, StringComparison.Ordinal);
    }
}
