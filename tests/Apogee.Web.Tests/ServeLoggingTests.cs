using System.Text.Json;
using Apogee.Web.Tests.Support;

namespace Apogee.Web.Tests;

/// <summary>`apogee serve --log-format json` (a real process): one JSON line per request with method, path, status and ms.</summary>
public sealed class ServeLoggingTests
{
    [Fact]
    public async Task Json_logging_writes_one_line_per_request_with_method_path_status_and_ms()
    {
        using var db = new SeededDatabase();
        using var server = await ServeProcess.StartAsync(db.Path, "log-key", "--log-format", "json");
        using var http = new HttpClient { BaseAddress = server.Url };
        (await http.GetAsync(new Uri("/api/events?limit=2", UriKind.Relative))).Dispose();
        (await http.GetAsync(new Uri("/api/events/999999", UriKind.Relative))).Dispose();

        List<JsonElement> requests = [];
        for (var i = 0; i < 50 && requests.Count(r => r.GetProperty("path").GetString()!.StartsWith("/api/events", StringComparison.Ordinal)) < 2; i++)
        {
            await Task.Delay(100); // stderr arrives through the pipe a moment after the response
            requests = server.ErrorLines.Select(l => JsonDocument.Parse(l).RootElement).Where(l => l.TryGetProperty("event", out var e) && e.GetString() == "request").ToList();
        }

        var api = requests.Where(r => r.GetProperty("path").GetString()!.StartsWith("/api/events", StringComparison.Ordinal)).ToList();
        Assert.Equal(["GET /api/events 200", "GET /api/events/999999 404"], api.Select(r => $"{r.GetProperty("method").GetString()} {r.GetProperty("path").GetString()} {r.GetProperty("status").GetInt32()}"));
        Assert.All(api, r => Assert.True(r.GetProperty("ms").GetDouble() >= 0));
        Assert.All(api, r => Assert.Equal("apogee.serve", r.GetProperty("category").GetString()));
    }
}
