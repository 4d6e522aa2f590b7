using Apogee.Core.Pipeline;
using Apogee.Extraction;
using Apogee.Ingest.Cleaning;
using Apogee.Storage;
using Apogee.Core.Storage;
using Apogee.Watch.Alerts;
using Apogee.Watch.Feeds;
using Apogee.Watch.Http;
using Apogee.Watch.Pipeline;
using Apogee.Watch.State;
using Apogee.Web.Hosting;

namespace Apogee.Watch.Tests.Support;

/// <summary>
/// Everything a watch test needs: a scripted HTTP server (feeds, pages and a webhook receiver at /hook), a store,
/// a state file in a fresh temporary folder, a hand-moved clock, and the log and console the loop writes to.
/// </summary>
public sealed class WatchHarness : IAsyncDisposable
{
    private static readonly ILaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    public static readonly DateTimeOffset Start = new(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);

    private readonly string _dir;
    private readonly List<IDisposable> _owned = [];

    private WatchHarness(ScriptedServer server)
    {
        Server = server;
        _dir = Directory.CreateTempSubdirectory("apogee-watch-").FullName;
        Server.On("hook", Responses.Status(204));
        Store = EventStoreFactory.Open(Path.Combine(_dir, "apogee.db"));
    }

    public ScriptedServer Server { get; }

    public ManualClock Clock { get; } = new(Start);

    public StringWriter Log { get; } = new();

    public StringWriter Console { get; } = new();

    public IEventStore Store { get; }

    public string StatePath => Path.Combine(_dir, "watch-state.json");

    public Uri Hook => Server.Url("hook");

    public FetchLimits Limits { get; set; } = new() { MaxBytes = 64 * 1024, Timeout = TimeSpan.FromSeconds(15), MaxRedirects = 3 };

    public static async Task<WatchHarness> StartAsync()
    {
        var server = await ScriptedServer.StartAsync();
        await server.WarmUpAsync();
        return new WatchHarness(server);
    }

    /// <summary>The alerts the webhook receiver got, in arrival order.</summary>
    public IReadOnlyList<Alert> Received() =>
        [.. Server.RequestsTo("hook").Where(r => r.Method == "POST").Select(r => AlertJson.Deserialize(r.Body)!)];

    /// <summary>A loop as the CLI builds it, with its state loaded from the state file (a "restart" each time).</summary>
    public WatchLoop Loop(IReadOnlyList<Uri> feeds, IReadOnlyList<Uri>? pages = null, IFeedParser? parser = null, TimeSpan? interval = null, IEventStore? store = null)
    {
        var fetcher = new HttpFetcher(Limits, TimeProvider.System);
        var http = new HttpClient();
        _owned.Add(fetcher);
        _owned.Add(http);
        var pipeline = WebhookPipeline.Create(new WebhookRetryOptions(3, TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(2)), TimeProvider.System);
        var parts = new WatchParts(
            new FeedPoller(fetcher, parser ?? new IngestFeedParser()),
            new PageFetcher(fetcher),
            new DocumentIngestor(new ArticleCleaner(), Extractor, store ?? Store, Clock),
            new AlertPlanner(Store),
            [new ConsoleAlertSink(Console), new WebhookAlertSink(http, Hook, pipeline)]);
        var file = new WatchStateFile(StatePath);
        return new WatchLoop(new WatchSettings(feeds, pages ?? []) { Interval = interval ?? TimeSpan.FromMinutes(1) }, parts, file.Load(Log), file, Clock, new LineLoggerProvider(Log, json: false, Clock).CreateLogger(WatchLog.Category));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var d in _owned) d.Dispose();
        Store.Dispose();
        await Server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
