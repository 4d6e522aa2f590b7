using System.Diagnostics;
using Xunit;
using Xunit.Abstractions;

namespace Apogee.Web.Tests.Support;

/// <summary>
/// Runs one of web/browser's node scripts (Debian's chromium through playwright-core) against a running server and
/// fails the test unless every check in it held. The script prints one "ok ..." line per check; its output goes to
/// the test log either way, and a run that does not finish in time is killed with its browser.
/// </summary>
internal static class BrowserScript
{
    public static async Task<string> RunAsync(ITestOutputHelper output, TimeSpan limit, string script, params string[] args)
    {
        var psi = new ProcessStartInfo("node")
        {
            WorkingDirectory = Path.Combine(RepoPaths.Root, "web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(script);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var node = Process.Start(psi)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        if (!node.WaitForExit(limit))
        {
            node.Kill(entireProcessTree: true);
            Assert.Fail($"browser run did not finish in {limit.TotalSeconds:0} s");
        }

        output.WriteLine(await stdout);
        output.WriteLine(await stderr);
        Assert.True(node.ExitCode == 0, $"browser checks failed:\n{await stdout}\n{await stderr}");
        return await stdout;
    }
}
