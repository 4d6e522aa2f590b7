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
/// Documents are prepared 5,000 at a time, so memory stays bounded; the process CPU counted is the store calls' (the
/// idle workers of the preparation do nothing meanwhile).
/// </summary>
internal static class StoreLoop
{
    /// <summary>About how many documents are prepared per round, off the clock: bounds memory whatever the input size.</summary>
    private const int Round = 5000;

    public static int Run(string input, string db, int batch, TextWriter output)
    {
        var pipeline = new DocumentPipeline(new ArticleCleaner(), LaunchExtractor.CreateDefault());
        using var store = EventStoreFactory.Open(db);
        store.Migrate();
        using var self = Process.GetCurrentProcess();
        var cpu = TimeSpan.Zero;
        var gc = TimeSpan.Zero;
        var clock = new Stopwatch();
        var (documents, stored) = (0, 0);
        // Whole batches per round, so commits hold the documents the ingest runner's would (revisions follow the commits).
        var round = batch * Math.Max(1, Round / batch);
        foreach (var raws in new DocumentReader().Read([input], ReadOptions.Default).Where(r => r.IsSuccess).Select(r => r.Value).Chunk(round))
        {
            var prepared = new (CleanDocument, LaunchReport)[raws.Length];
            Parallel.For(0, raws.Length, i =>
            {
                var p = pipeline.Process(raws[i]);
                prepared[i] = (p.Clean!, p.Report!);
            });

            self.Refresh();
            var cpu0 = self.TotalProcessorTime;
            var gc0 = GC.GetTotalPauseDuration();
            clock.Start();
            foreach (var chunk in prepared.Chunk(batch))
            {
                stored += store.IngestBatch(chunk).Count(o => o.Status == IngestStatus.New);
            }

            clock.Stop();
            self.Refresh();
            cpu += self.TotalProcessorTime - cpu0;
            gc += GC.GetTotalPauseDuration() - gc0;
            documents += prepared.Length;
        }

        var n = Math.Max(1, documents);
        output.WriteLine(FormattableString.Invariant(
            $"store-loop: {documents} documents ({stored} new), batch {batch}: wall {clock.Elapsed.TotalSeconds:F2} s ({clock.Elapsed.TotalMilliseconds / n:F3} ms/article), process CPU {cpu.TotalSeconds:F2} s ({cpu.TotalMilliseconds / n:F3} ms/article), gc paused {gc.TotalSeconds:F2} s"));
        output.WriteLine(FormattableString.Invariant($"events: {store.CountEvents(new EventQuery())}"));
        return 0;
    }

    public static int FromArgs(Func<string, string, string> arg, TextWriter output) =>
        Run(arg("input", "bench-articles.jsonl"), arg("db", "bench.db"), int.Parse(arg("batch", IngestRunnerOptions.DefaultBatch.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture), output);
}
