// Load check (not a test): p50/p99 latency of GET /api/events at a fixed request rate over a large store.
// usage: dotnet run -c Release --project bench/load -- [--events 100000] [--rate 200] [--seconds 30] [--db /tmp/apogee-load.db] [--min-threads 64]
// Open-loop: requests are sent on a fixed schedule whatever the server's speed, and latency is counted from the
// scheduled send time, so a slow server cannot hide its queueing (no coordinated omission).
using System.Diagnostics;
using System.Globalization;
using Apogee.Core.Storage;
using Apogee.LoadCheck;
using Apogee.Storage;
using Apogee.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

string Arg(string name, string fallback)
{
    var i = Array.IndexOf(args, "--" + name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

var events = int.Parse(Arg("events", "100000"), CultureInfo.InvariantCulture);
var rate = int.Parse(Arg("rate", "200"), CultureInfo.InvariantCulture);
var seconds = int.Parse(Arg("seconds", "30"), CultureInfo.InvariantCulture);
var db = Arg("db", Path.Combine(Path.GetTempPath(), $"apogee-load-{events}.db"));

// 1. The store: reuse a file that already holds enough events. Seeding calls IEventStore.Ingest with synthetic
// LaunchReports (LoadEvents), one event each, not the whole read/clean/extract pipeline.
using (var store = EventStoreFactory.Open(db))
{
    var have = store.CountEvents(EventQuery.All);
    if (have < events)
    {
        var sw = Stopwatch.StartNew();
        for (var i = have; i < events; i++)
        {
            var (doc, report) = LoadEvents.Make(i);
            var outcome = store.Ingest(doc, report);
            if (outcome.Status == IngestStatus.Failed) throw new InvalidOperationException(outcome.Error);
            if (i % 10000 == 0) Console.Error.WriteLine($"seeded {i} ({sw.Elapsed.TotalSeconds:0}s)");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {events - have} events in {sw.Elapsed.TotalSeconds:0.0} s ({(events - have) / sw.Elapsed.TotalSeconds:0} events/s)"));
    }

    Console.WriteLine($"store: {db}, {store.CountEvents(EventQuery.All)} events");

    // The store alone (no HTTP), one call after another, per kind of query of the mix below: separates the store's
    // cost from the web layer's and shows which filter costs what.
    var probe = new Random(7);
    var storeKinds = new (string Name, Func<EventQuery> Query)[]
    {
        ("page", () => new EventQuery { Offset = probe.Next(0, Math.Max(1, events - 50)), Limit = 50 }),
        ("category", () => new EventQuery { Category = "cruise", Limit = 50 }),
        ("site", () => new EventQuery { Site = "Sinpo", Limit = 50 }),
        ("period", () =>
        {
            var from = LoadEvents.First.AddDays(probe.Next(0, Math.Max(1, events - 365)));
            return new EventQuery { Since = from, Until = from.AddDays(365), Limit = 50 };
        }),
        ("range", () => new EventQuery { MinRange = 500, MaxRange = 1500, Limit = 50 }),
        ("text", () => new EventQuery { Text = "Indo-Pacific", Limit = 50 }),
    };
    Console.WriteLine("store only, no HTTP (count + one 50-event page, sequential, n=10 per kind):");
    Console.WriteLine("| query | p50 ms | max ms |");
    Console.WriteLine("|---|---:|---:|");
    foreach (var (name, make) in storeKinds)
    {
        var direct = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            var q = make();
            var sw = Stopwatch.StartNew();
            store.CountEvents(q with { Offset = 0, Limit = int.MaxValue });
            store.Events(q);
            direct.Add(sw.Elapsed.TotalMilliseconds);
        }

        direct.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {direct[5]:0.0} | {direct[^1]:0.0} |"));
    }
}

// The endpoints call the store synchronously, so each request in flight holds a pool thread; the pool adds threads
// only slowly (about two a second), and a burst at 200/s would then queue behind thread injection, not the store.
// `--min-threads N` sets the pool's floor as a host would (0 keeps the runtime default).
var minThreads = int.Parse(Arg("min-threads", "64"), CultureInfo.InvariantCulture);
if (minThreads > 0) ThreadPool.SetMinThreads(minThreads, minThreads);

// 2. The server: the same app `apogee serve` runs, on a free loopback port.
var app = ApogeeWeb.Build([], new WebOptions { Db = db, Urls = "http://127.0.0.1:0" });
await app.StartAsync();
var baseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

// 3. The mix: plain and deep pages, each filter, and text search over quotes.
var rng = new Random(42);
var kinds = new (string Name, Func<string> Url)[]
{
    ("page", () => $"/api/events?limit=50&offset={rng.Next(0, Math.Max(1, events - 50))}"),
    ("category", () => "/api/events?category=cruise&limit=50"),
    ("site", () => "/api/events?site=Sinpo&limit=50"),
    ("period", () =>
    {
        var from = LoadEvents.First.AddDays(rng.Next(0, Math.Max(1, events - 365)));
        return $"/api/events?since={from:yyyy-MM-dd}&until={from.AddDays(365):yyyy-MM-dd}";
    }),
    ("range", () => "/api/events?min_range=500&max_range=1500&limit=50"),
    ("text", () => "/api/events?q=Indo-Pacific&limit=50"),
};

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 }) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
await http.GetAsync(new Uri("/api/events?limit=1", UriKind.Relative)); // warm-up: JIT, connection, first query plan

var total = rate * seconds;
var results = new (string Kind, double Ms, bool Ok)[total];
var tasks = new List<Task>(total);
var clock = Stopwatch.StartNew();
for (var i = 0; i < total; i++)
{
    var due = TimeSpan.FromSeconds((double)i / rate);
    var wait = due - clock.Elapsed;
    if (wait > TimeSpan.Zero) await Task.Delay(wait);
    var (name, url) = kinds[i % kinds.Length];
    var index = i;
    var target = new Uri(url(), UriKind.Relative);
    tasks.Add(Task.Run(async () =>
    {
        var ok = false;
        try
        {
            using var r = await http.GetAsync(target);
            await r.Content.ReadAsByteArrayAsync();
            ok = r.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
        }
        catch (TaskCanceledException)
        {
        }

        results[index] = (name, (clock.Elapsed - due).TotalMilliseconds, ok);
    }));
}

await Task.WhenAll(tasks);
var elapsed = clock.Elapsed.TotalSeconds;
await app.StopAsync();

static double P(IReadOnlyList<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

Console.WriteLine($"{total} requests at {rate}/s over {events} events in {elapsed:0.0} s; errors: {results.Count(r => !r.Ok)}");
Console.WriteLine("| query | n | p50 ms | p90 ms | p99 ms | max ms |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|");
foreach (var g in results.GroupBy(r => r.Kind).Append(results.GroupBy(_ => "all").Single()))
{
    var ms = g.Select(r => r.Ms).Order().ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {g.Key} | {ms.Count} | {P(ms, 0.50):0.0} | {P(ms, 0.90):0.0} | {P(ms, 0.99):0.0} | {ms[^1]:0.0} |"));
}
