using System.Diagnostics;
using System.Globalization;
using Apogee.Core.Model;
using Apogee.Core.Pipeline;
using Apogee.Core.Storage;
using Apogee.Extraction;
using Apogee.Ingest;
using Apogee.Ingest.Cleaning;
using Apogee.Ingest.Pipeline;
using Apogee.Storage;

namespace Apogee.Bench;

/// <summary>
/// The writer alone (issue #12's cost work): every document of the .jsonl is cleaned and extracted first, on all cores
/// and off the clock; then the pairs go to <c>IEventStore.IngestBatch</c> in input order, <c>--batch</c> at a time,
/// exactly as the ingest runner's writer hands them over, and only those calls are timed (wall and process CPU). On a
/// machine shared with other work this is the figure to compare store changes by: extraction's share of the noise is gone.
/// Holds every prepared document in memory (~10 KB each): meant for 10k-article files.
/// </summary>
internal static class StoreLoop
{
    public static int Run(string input, string db, int batch, TextWriter output)
    {
        var pipeline = new DocumentPipeline(new ArticleCleaner(), LaunchExtractor.CreateDefault());
        var raws = new DocumentReader().Read([input], ReadOptions.Default).Where(r => r.IsSuccess).Select(r => r.Value).ToList();
        var prepared = new (CleanDocument, LaunchReport)[raws.Count];
        Parallel.For(0, raws.Count, i =>
        {
            var p = pipeline.Process(raws[i]);
            prepared[i] = (p.Clean!, p.Report!);
        });

        using var store = EventStoreFactory.Open(db);
        store.Migrate();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var cpu0 = self.TotalProcessorTime;
        var gc0 = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        var stored = 0;
        foreach (var chunk in prepared.Chunk(batch))
        {
            stored += store.IngestBatch(chunk).Count(o => o.Status == IngestStatus.New);
        }

        clock.Stop();
        self.Refresh();
        var cpu = self.TotalProcessorTime - cpu0;
        var n = Math.Max(1, prepared.Length);
        output.WriteLine(FormattableString.Invariant(
            $"store-loop: {prepared.Length} documents ({stored} new), batch {batch}: wall {clock.Elapsed.TotalSeconds:F2} s ({clock.Elapsed.TotalMilliseconds / n:F3} ms/article), process CPU {cpu.TotalSeconds:F2} s ({cpu.TotalMilliseconds / n:F3} ms/article), gc paused {(GC.GetTotalPauseDuration() - gc0).TotalSeconds:F2} s"));
        output.WriteLine(FormattableString.Invariant($"events: {store.CountEvents(new EventQuery())}"));
        return 0;
    }

    public static int FromArgs(Func<string, string, string> arg, TextWriter output) =>
        Run(arg("input", "bench-articles.jsonl"), arg("db", "bench.db"), int.Parse(arg("batch", IngestRunnerOptions.DefaultBatch.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture), output);
}
