using System.Diagnostics;
using System.Globalization;
using Apogee.Bench;
using Apogee.Extraction;
using Apogee.Core.Pipeline;
using Apogee.Ingest;
using Apogee.Ingest.Cleaning;
using Apogee.Ingest.Pipeline;
using Apogee.Storage;

// Benchmarks, not tests: figures are printed with the command that made them (see README "Benchmarks").
//   generate --count N --out FILE [--seed S]        writes N synthetic articles as JSON Lines
//   ingest --input FILE --db PATH [--no-store] [--workers N] [--batch N]
//        streams the .jsonl (src/Apogee.Ingest IngestRunner, as `apogee ingest`): reads, cleans + extracts on N workers (default: cores), stores on one writer
//        (up to N documents per IngestBatch commit, default 64; 1 = Ingest per document); prints articles/s, stage times, peak memory
//   store-loop --input FILE --db PATH [--batch N]      the writer alone: documents prepared first, only IngestBatch timed
//   extract-loop --input FILE [--rounds N]              extraction alone on one thread: CPU µs per document (and cleaning's)
//   hostile --out DIR [--bytes N] | sized --out FILE --bytes N [--one-paragraph]   the hostile inputs of issue #13
//   fuzz --count N [--seed S] [--max-size B]            hostile documents through reader + pipeline: crashes, hangs, slowest
//   perturb --corpus DIR [--corpus DIR ...] [--variant NAME] [--list N] [--dump DIR]
//        robustness of extraction (issue #11): each real document as is and rewritten (lead only, no publication day,
//        dateline styles, the launch's day phrase, US-dated); per variant, how often each field keeps its value
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
        // The production runner (src/Apogee.Ingest/Pipeline/IngestRunner.cs), the one `apogee ingest` uses.
        var input = Arg("input", "bench-articles.jsonl");
        var db = Arg("db", "bench.db");
        var workers = int.Parse(Arg("workers", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        var store = args.Contains("--no-store") ? null : EventStoreFactory.Open(db);
        store?.Migrate();
        var batch = int.Parse(Arg("batch", IngestRunnerOptions.DefaultBatch.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        var runner = new IngestRunner(new ArticleCleaner(), LaunchExtractor.CreateDefault(), store, new IngestRunnerOptions(workers, batch));
        var lastShown = 0L;
        var stats = runner.Run(
            new DocumentReader().Read([input], ReadOptions.Default),
            onProgress: s =>
            {
                if (s.Read - lastShown < 10000) return;
                lastShown = s.Read;
                Console.Error.WriteLine(FormattableString.Invariant($"  {s.Read} articles, {s.PerSecond:F0}/s"));
            });
        var seconds = stats.Elapsed.TotalSeconds;
        store?.Dispose();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(FormattableString.Invariant($"articles: {stats.Read} (failed {stats.Failed}, relevant {stats.Relevant}), events created: {stats.Created}, workers: {workers}, batch: {batch}"));
        Console.WriteLine(FormattableString.Invariant($"elapsed: {seconds:F1} s, throughput: {stats.PerSecond:F0} articles/s, commits: {stats.Commits} (mean batch {(stats.Commits == 0 ? 0 : (double)stats.Stored / stats.Commits):F1})"));
        Console.WriteLine(FormattableString.Invariant(
            $"stages: clean {stats.Clean.TotalSeconds:F1} s, extract {stats.Extract.TotalSeconds:F1} s (CPU, summed over workers), store {stats.Store.TotalSeconds:F1} s (writer)"));
        Console.WriteLine(FormattableString.Invariant(
            $"gc: {GC.GetTotalAllocatedBytes() / Math.Max(1, stats.Read) / 1024} KiB allocated per article, collections gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalSeconds:F1} s"));
        Console.WriteLine(FormattableString.Invariant($"peak working set: {self.PeakWorkingSet64 / 1024 / 1024} MiB, managed heap now: {GC.GetTotalMemory(false) / 1024 / 1024} MiB"));
        Console.WriteLine(FormattableString.Invariant(
            $"jit: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:F1} s compiling (DOTNET_TC_CallCountingDelayMs={Environment.GetEnvironmentVariable("DOTNET_TC_CallCountingDelayMs") ?? "unset"}); process CPU {self.TotalProcessorTime.TotalSeconds:F1} s"));
        return 0;
    }

    case "store-loop":
        // The writer alone: documents prepared first, off the clock; only IngestBatch calls timed (StoreLoop.cs).
        return StoreLoop.FromArgs(Arg, Console.Out);

    case "extract-loop":
    {
        // Extraction alone, on one thread, over documents cleaned beforehand: the figure to compare extraction changes by
        // (the best of several rounds, in CPU time of the process, which is this thread's after warm-up).
        var input = Arg("input", "bench-articles.jsonl");
        var rounds = int.Parse(Arg("rounds", "5"), CultureInfo.InvariantCulture);
        var cleaner = new ArticleCleaner();
        var read = new DocumentReader().Read([input], ReadOptions.Default).ToList();
        foreach (var failed in read.Where(r => !r.IsSuccess).Take(5)) Console.Error.WriteLine($"extract-loop: {failed.Error}");
        var docs = read.Where(r => r.IsSuccess).Select(r => cleaner.Clean(r.Value)).Where(c => c.IsSuccess).Select(c => c.Value).ToList();
        if (docs.Count == 0)
        {
            // A per-document figure over no documents is no figure (it printed "Infinity µs").
            Console.Error.WriteLine($"extract-loop: no document could be read and cleaned from '{input}' (--input FILE: a .jsonl, a file or a folder)");
            return 2;
        }

        var extractor = LaunchExtractor.CreateDefault();
        using var self = Process.GetCurrentProcess();
        var best = double.MaxValue;
        var allocated = 0.0;
        for (var r = 0; r < rounds; r++)
        {
            self.Refresh();
            var cpu0 = self.TotalProcessorTime;
            var bytes0 = GC.GetAllocatedBytesForCurrentThread();
            foreach (var d in docs) extractor.Extract(d);
            self.Refresh();
            var perDoc = (self.TotalProcessorTime - cpu0).TotalMicroseconds / docs.Count;
            allocated = (GC.GetAllocatedBytesForCurrentThread() - bytes0) / 1024.0 / docs.Count;
            best = Math.Min(best, perDoc);
            Console.WriteLine(FormattableString.Invariant($"round {r + 1}: {perDoc:F0} µs CPU per document, {allocated:F0} KB allocated per document"));
        }

        // Allocation is the same every round (the work is); it is printed because garbage collection is part of the CPU figure.
        Console.WriteLine(FormattableString.Invariant($"extraction: {best:F0} µs CPU per document (best of {rounds}), {allocated:F0} KB allocated per document, {docs.Count} documents"));
        return 0;
    }

    case "hostile":
    {
        // The hostile inputs of issue #13, written on demand (megabytes, never committed).
        var folder = Arg("out", "hostile");
        var scale = int.Parse(Arg("bytes", "1900000"), CultureInfo.InvariantCulture);
        Console.WriteLine(HostileInputs.Describe(HostileInputs.WriteAll(folder, scale)));
        return 0;
    }

    case "fuzz":
    {
        // The fuzz campaign of issue #13: --count hostile documents from --seed on, each read and cleaned + extracted
        // within the default per-document budget; prints crashes, hangs (over the time budget) and the slowest document.
        var count = int.Parse(Arg("count", "1000"), CultureInfo.InvariantCulture);
        var seed = int.Parse(Arg("seed", "1"), CultureInfo.InvariantCulture);
        var maxSize = int.Parse(Arg("max-size", "200000"), CultureInfo.InvariantCulture);
        var t = FuzzCampaign.Run(count, seed, maxSize, Arg("dir", Path.Combine(Path.GetTempPath(), "apogee-fuzz")));
        foreach (var p in t.Problems.Take(20)) Console.WriteLine("  " + p);
        Console.WriteLine(FormattableString.Invariant(
            $"fuzz: {t.Cases} cases (seed {seed}, up to {maxSize} bytes), {t.Documents} documents, {t.Failed} failed cleanly; crashes {t.Crashes}, hangs {t.Hangs}; slowest {t.SlowestName} {t.Slowest.TotalMilliseconds:F0} ms"));
        return t.Crashes == 0 && t.Hangs == 0 ? 0 : 1;
    }

    case "fuzz-case":
    {
        // Writes one fuzz case to a file, to replay a slow or crashing one by hand.
        var c = FuzzDocuments.Make(int.Parse(Arg("seed", "1"), CultureInfo.InvariantCulture), int.Parse(Arg("max-size", "200000"), CultureInfo.InvariantCulture));
        var path = Path.Combine(Arg("out", "."), c.Name + c.Extension);
        File.WriteAllBytes(path, c.Bytes);
        Console.WriteLine(FormattableString.Invariant($"wrote {path} ({c.Bytes.Length} bytes)"));
        return 0;
    }

    case "sized":
    {
        // One text document of about --bytes bytes of repeated launch sentences (extract-loop's size table).
        var output = Arg("out", "sized.txt");
        var bytes = int.Parse(Arg("bytes", "1000000"), CultureInfo.InvariantCulture);
        File.WriteAllText(output, HostileInputs.RepeatedSentences(bytes, args.Contains("--one-paragraph") ? " " : "\n"));
        Console.WriteLine(FormattableString.Invariant($"wrote {output} ({new FileInfo(output).Length} bytes)"));
        return 0;
    }

    case "perturb":
    {
        // Real documents are read from their folders at run time (../shared, /work/split/tune), never copied.
        var corpora = args.Select((a, i) => (a, i)).Where(p => p.a == "--corpus" && p.i + 1 < args.Length).Select(p => args[p.i + 1]).ToList();
        if (corpora.Count == 0)
        {
            Console.Error.WriteLine("usage: Apogee.Bench perturb --corpus DIR [--corpus DIR ...] [--variant NAME] [--list N]");
            return 2;
        }

        var only = Array.IndexOf(args, "--variant") >= 0 ? Arg("variant", "") : null;
        var dump = Array.IndexOf(args, "--dump") >= 0 ? Arg("dump", "") : null;
        return PerturbRun.Run(corpora, only, int.Parse(Arg("list", "25"), CultureInfo.InvariantCulture), dump, Console.Out);
    }

    default:
        Console.Error.WriteLine("usage: Apogee.Bench generate --count N --out FILE [--seed S] | ingest --input FILE --db PATH [--no-store] [--workers N] [--batch N]");
        return 2;
}
