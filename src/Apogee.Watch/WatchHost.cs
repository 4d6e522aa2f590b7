using Apogee.Core.Pipeline;
using Apogee.Core.Storage;
using Apogee.Watch.Alerts;
using Apogee.Watch.Feeds;
using Apogee.Watch.Http;
using Apogee.Watch.Pipeline;
using Apogee.Watch.State;
using Microsoft.Extensions.Logging;

namespace Apogee.Watch;

/// <summary>
/// Composes a ready watch loop from the pipeline stages (injected through their Core interfaces) and owns the HTTP
/// clients it needs. This is what the CLI calls; tests may compose <see cref="WatchLoop"/> themselves.
/// </summary>
public sealed class WatchHost : IDisposable
{
    private readonly HttpFetcher _fetcher;
    private readonly HttpClient _webhooks;

    private WatchHost(HttpFetcher fetcher, HttpClient webhooks, WatchLoop loop)
    {
        _fetcher = fetcher;
        _webhooks = webhooks;
        Loop = loop;
    }

    public WatchLoop Loop { get; }

    public static WatchHost Create(
        WatchHostOptions options, ICleaner cleaner, ILaunchExtractor extractor, IEventStore store, TimeProvider clock, TextWriter output, ILogger log)
    {
        var fetcher = new HttpFetcher(options.Limits, clock);
        var webhooks = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false });
        var pipeline = WebhookPipeline.Create(options.Retry, clock);
        var sinks = new List<IAlertSink> { new ConsoleAlertSink(output) };
        sinks.AddRange(options.Webhooks.Select(u => new WebhookAlertSink(webhooks, u, pipeline)));
        var parts = new WatchParts(
            new FeedPoller(fetcher, new IngestFeedParser()),
            new PageFetcher(fetcher),
            new DocumentIngestor(cleaner, extractor, store, clock, options.Budget),
            new AlertPlanner(store),
            sinks);
        var file = new WatchStateFile(options.StatePath);
        // The state file reports a problem as a line of text; it goes to the log like the loop's own.
        using var loading = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var state = file.Load(loading);
        foreach (var problem in loading.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            WatchLog.Problem(log, problem);
        }

        var loop = new WatchLoop(options.Settings, parts, state, file, clock, log);
        return new WatchHost(fetcher, webhooks, loop);
    }

    public void Dispose()
    {
        _fetcher.Dispose();
        _webhooks.Dispose();
    }
}
