using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Apogee.Watch.Tests.Support;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (free port) whose answers a test scripts per path and changes between polls.
/// It records every request and the most requests it ever had in flight at once.
/// </summary>
public sealed class ScriptedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);
    private int _inFlight;
    private int _maxInFlight;

    private ScriptedServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public static async Task<ScriptedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new ScriptedServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    /// <summary>One throw-away request, so JIT and connection set-up do not eat into the first timed request of a test.</summary>
    public async Task WarmUpAsync()
    {
        using var client = new HttpClient();
        using var warm = await client.GetAsync(Url("__warmup"));
        while (Requests.TryDequeue(out _))
        {
        }
    }

    public Uri Url(string path) => new(BaseUrl, path.TrimStart('/'));

    public void On(string path, Func<HttpContext, Task> handler) => _routes["/" + path.TrimStart('/')] = handler;

    public void Serve(string path, string contentType, string body, string? etag = null) =>
        On(path, ctx => Responses.Content(ctx, contentType, body, etag));

    public IReadOnlyList<RecordedRequest> RequestsTo(string path) =>
        [.. Requests.Where(r => r.Path == "/" + path.TrimStart('/'))];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext ctx)
    {
        var now = Interlocked.Increment(ref _inFlight);
        InterlockedMax(ref _maxInFlight, now);
        try
        {
            string body;
            using (var reader = new StreamReader(ctx.Request.Body))
            {
                body = await reader.ReadToEndAsync(ctx.RequestAborted);
            }

            Requests.Enqueue(new RecordedRequest(
                ctx.Request.Method,
                ctx.Request.Path.Value ?? "",
                ctx.Request.Headers.IfNoneMatch.ToString(),
                ctx.Request.Headers.IfModifiedSince.ToString(),
                body));
            if (_routes.TryGetValue(ctx.Request.Path.Value ?? "", out var handler)) await handler(ctx);
            else ctx.Response.StatusCode = 404;
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
