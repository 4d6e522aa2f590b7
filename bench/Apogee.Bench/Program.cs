using System.Diagnostics;
using System.Globalization;
using Apogee.Bench;
using Apogee.Core.Pipeline;
using Apogee.Core.Storage;
using Apogee.Extraction;
using Apogee.Ingest;
using Apogee.Ingest.Cleaning;
using Apogee.Storage;

// Benchmarks, not tests: figures are printed with the command that made them (see README "Benchmarks").
//   generate --count N --out FILE [--seed S]        writes N synthetic articles as JSON Lines
//   ingest --input FILE --db PATH [--no-store]      reads, cleans, extracts and stores them; prints articles/s and peak memory
string Arg(string name, string fallback)
{
    var i = Array.IndexOf(args, "--" + name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

var verb = args.Length > 0 ? args[0] : "";
switch (verb)
{
    case "generate":
    {
        var count = int.Parse(Arg("count", "10000"), CultureInfo.InvariantCulture);
        var seed = int.Parse(Arg("seed", "42"), CultureInfo.InvariantCulture);
        var output = Arg("out", "bench-articles.jsonl");
        using (var w = new StreamWriter(output))
        {
            new ArticleGenerator(seed).Write(w, count);
        }

        Console.WriteLine($"wrote {count} articles to {output} ({new FileInfo(output).Length / 1024 / 1024} MiB)");
        return 0;
    }

    case "ingest":
    {
        var input = Arg("input", "bench-articles.jsonl");
        var db = Arg("db", "bench.db");
        var store = args.Contains("--no-store") ? null : EventStoreFactory.Open(db);
        store?.Migrate();
        var reader = new DocumentReader();
        var cleaner = new ArticleCleaner();
        var extractor = LaunchExtractor.CreateDefault();
        var clock = Stopwatch.StartNew();
        long read = 0, failed = 0, relevant = 0, created = 0;
        TimeSpan tClean = default, tExtract = default, tStore = default;
        foreach (var raw in reader.Read([input], ReadOptions.Default))
        {
            read++;
            if (!raw.IsSuccess)
            {
                failed++;
                continue;
            }

            var t0 = clock.Elapsed;
            var clean = cleaner.Clean(raw.Value);
            var t1 = clock.Elapsed;
            tClean += t1 - t0;
            if (!clean.IsSuccess)
            {
                failed++;
                continue;
            }

            var report = extractor.Extract(clean.Value);
            var t2 = clock.Elapsed;
            tExtract += t2 - t1;
            relevant += report.Relevant ? 1 : 0;
            if (store is not null)
            {
                var outcome = store.Ingest(clean.Value, report);
                created += outcome.EventsCreated.Count;
                failed += outcome.Status == IngestStatus.Failed ? 1 : 0;
                tStore += clock.Elapsed - t2;
            }

            if (read % 10000 == 0)
            {
                Console.Error.WriteLine($"  {read} articles, {read / clock.Elapsed.TotalSeconds:F0}/s");
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        store?.Dispose();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(FormattableString.Invariant($"articles: {read} (failed {failed}, relevant {relevant}), events created: {created}"));
        Console.WriteLine(FormattableString.Invariant($"elapsed: {seconds:F1} s, throughput: {read / seconds:F0} articles/s"));
        Console.WriteLine(FormattableString.Invariant($"stages: clean {tClean.TotalSeconds:F1} s, extract {tExtract.TotalSeconds:F1} s, store {tStore.TotalSeconds:F1} s"));
        Console.WriteLine(FormattableString.Invariant($"peak working set: {self.PeakWorkingSet64 / 1024 / 1024} MiB, managed heap now: {GC.GetTotalMemory(false) / 1024 / 1024} MiB"));
        return 0;
    }

    default:
        Console.Error.WriteLine("usage: Apogee.Bench generate --count N --out FILE [--seed S] | ingest --input FILE --db PATH [--no-store]");
        return 2;
}
