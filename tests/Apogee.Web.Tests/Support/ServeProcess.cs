using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Apogee.Web.Tests.Support;

/// <summary>
/// The real thing: `apogee serve` (the CLI built next to these tests) as a child process on 127.0.0.1 and a free port,
/// over a given database. Killed on dispose.
/// </summary>
public sealed class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _stderr = new();

    private ServeProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>What the server wrote to stderr so far (its log), line by line.</summary>
    public IReadOnlyList<string> ErrorLines => [.. _stderr];

    public static async Task<ServeProcess> StartAsync(string db, string apiKey, params string[] extraArgs)
    {
        var port = FreePort();
        var url = new Uri($"http://127.0.0.1:{port}");
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] args = [Path.Combine(AppContext.BaseDirectory, "apogee.dll"), "serve", "--db", db, "--urls", url.ToString().TrimEnd('/'), "--api-key", apiKey, .. extraArgs];
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start apogee serve");
        process.OutputDataReceived += (_, _) => { };
        var serve = new ServeProcess(process, url);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null) serve._stderr.Enqueue(e.Data);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 150; i++)
        {
            if (process.HasExited) throw new InvalidOperationException($"apogee serve exited with {process.ExitCode}");
            try
            {
                using var r = await http.GetAsync(new Uri(url, "/healthz"));
                if (r.StatusCode == HttpStatusCode.OK) return serve;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // not answering yet
            }

            await Task.Delay(200);
        }

        serve.Dispose();
        throw new TimeoutException($"apogee serve did not answer on {url} within 30 s");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
