using System.Text.Json;
using Apogee.Core.Model;
using Apogee.Core.Pipeline;
using Apogee.Core.Storage;
using Apogee.Extraction;
using Apogee.Ingest;
using Apogee.Ingest.Cleaning;
using Apogee.Ingest.Pipeline;

namespace Apogee.Cli.Evaluation;

/// <summary>
/// <c>apogee eval --events</c>: ingests corpora into a store with the real pipeline, in the given order or reversed,
/// then scores how the store grouped their primary reports against the gold's real launch days
/// (<see cref="ResolutionScorer"/>).
/// </summary>
public static class EventsEvaluation
{
    private static readonly string[] Articles = [".txt", ".html", ".htm"];

    public static ResolutionScorer.Result Run(IReadOnlyList<(string Corpus, string Gold)> sets, bool reverse, IEventStore store, Action<string> problem)
    {
        var files = sets.SelectMany(s => Directory.GetFiles(s.Corpus).Where(f => Articles.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)).ToList();
        if (reverse) files.Reverse();
        // Batches of exactly 64 in input order: a partial batch is otherwise committed when the workers fall behind
        // (FlushAfter), so the transactions, and with them which events one re-clustering pass sees together, would
        // depend on the machine's load, and the figures with them.
        var options = IngestRunnerOptions.ForMachine() with { FlushAfter = Timeout.InfiniteTimeSpan };
        var runner = new IngestRunner(new ArticleCleaner(), LaunchExtractor.CreateDefault(), store, options);
        runner.Run(new DocumentReader().Read(files, ReadOptions.Default), o =>
        {
            if (o.Status == IngestStatus.Failed) problem($"{o.Document}: {o.Error}");
        });

        var eventOf = new Dictionary<string, long>(StringComparer.Ordinal);
        for (long id = 1, misses = 0; misses < 64; id++)
        {
            if (store.Document(id) is not { } doc)
            {
                misses++;
                continue;
            }

            misses = 0;
            var primary = doc.Claims.FirstOrDefault(c => c.Role == Vocabulary.Roles.Primary && c.EventId is not null)?.EventId;
            if (primary is { } e) eventOf[Key(Path.GetDirectoryName(Path.GetFullPath(doc.Origin))!, doc.Name)] = e;
        }

        return ResolutionScorer.Score(sets.SelectMany(s => Gold(s.Corpus, s.Gold)).ToList(), eventOf);
    }

    private static IEnumerable<ResolutionScorer.GoldLaunch> Gold(string corpus, string goldDir)
    {
        foreach (var f in Directory.GetFiles(goldDir, "*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(f));
            var root = json.RootElement;
            if (!root.TryGetProperty("primary", out var p) || p.ValueKind != JsonValueKind.Object || !p.TryGetProperty("date_truth", out var truth)) continue;
            HashSet<string> days = truth.ValueKind == JsonValueKind.Array
                ? [.. truth.EnumerateArray().Where(d => d.ValueKind == JsonValueKind.String).Select(d => d.GetString()!)]
                : truth.ValueKind == JsonValueKind.String ? [truth.GetString()!] : [];
            if (days.Count == 0) continue;
            var actor = p.TryGetProperty("actor", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString()! : "North Korea";
            yield return new ResolutionScorer.GoldLaunch(Key(Path.GetFullPath(corpus), Path.GetFileNameWithoutExtension(f)), actor, days);
        }
    }

    private static string Key(string folder, string name) => Path.Combine(folder.TrimEnd(Path.DirectorySeparatorChar), name);
}
