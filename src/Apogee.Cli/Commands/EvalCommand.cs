using System.Text.Json;
using System.Text.Json.Nodes;
using Apogee.Cli.Evaluation;
using Apogee.Cli.Framework;
using Apogee.Core;
using Apogee.Core.Json;
using Apogee.Core.Pipeline;
using Apogee.Cli.Output;
using Apogee.Storage;

namespace Apogee.Cli.Commands;

/// <summary>
/// <c>apogee eval --corpus DIR --gold DIR [--cns FILE]</c>: extracts a corpus and scores it exactly as
/// ../shared/tools/score.py does, then as ../shared/tools/precision.py does (claim and source precision, repeats,
/// ghost references; the CNS table defaults to ../shared/data/cns/tests.csv beside the gold folder's set).
/// <c>apogee eval --events --corpus DIR... --gold DIR... [--reverse] [--db D]</c>: ingests the corpora (in order, or
/// reversed) and scores how reports were grouped into events (pairwise P/R/F1 against the gold's real launch days).
/// </summary>
public sealed class EvalCommand : ICommand
{
    public string Name => "eval";

    public string Summary => "extract a corpus and score it against gold annotations (same figures as score.py and precision.py)";

    public string Arguments => "";

    public IReadOnlyCollection<OptionSpec> Options { get; } =
    [
        new("corpus", "folder of articles (NAME.txt + NAME.meta.json)", ValueName: "DIR"),
        new("gold", "folder of gold annotations (NAME.json)", ValueName: "DIR"),
        new("cns", "CNS-format tests table for ghost references (default: data/cns/tests.csv of the shared folder above the gold)", ValueName: "FILE"),
        new("events", "score resolution instead: ingest every --corpus (each with its --gold, in order) and compare the events with the gold's launch days", IsFlag: true),
        new("reverse", "with --events: ingest the documents in reverse order", IsFlag: true),
        new("db", "with --events: the store to ingest into (default: a new temporary SQLite file); with --catalogue: the store to score", ValueName: "D"),
        new("verbose", "list every miss", IsFlag: true),
        new("catalogue", "score a store's events against its reference catalogue instead (day, site, missile, apogee and range within 10 %; docs/CATALOGUE.md); with --db", IsFlag: true),
    ];

    public Result<bool> Validate(ParsedArgs args)
    {
        if (args.Flag("catalogue")) return CatalogueEval.Validate(args);
        if (args.Get("corpus") is null) return Result<bool>.Fail("--corpus DIR is required");
        if (args.Get("gold") is null) return Result<bool>.Fail("--gold DIR is required");
        if (args.Positionals.Count > 0) return Result<bool>.Fail($"unexpected argument '{args.Positionals[0]}'");
        if (args.Flag("events") && args.GetAll("corpus").Count != args.GetAll("gold").Count) return Result<bool>.Fail("--events needs one --gold DIR for each --corpus DIR");
        if (!args.Flag("events") && (args.GetAll("corpus").Count > 1 || args.GetAll("gold").Count > 1)) return Result<bool>.Fail("one --corpus and one --gold (several only with --events)");
        if (!args.Flag("events") && (args.Flag("reverse") || args.Get("db") is not null)) return Result<bool>.Fail("--reverse and --db go with --events");
        return Result<bool>.Ok(true);
    }

    public int Execute(ParsedArgs args, CliContext context)
    {
        if (args.Flag("catalogue")) return CatalogueEval.Run(args, context);
        var folders = args.GetAll("corpus").Concat(args.GetAll("gold")).Select(d => Full(d, context)).ToList();
        if (folders.FirstOrDefault(d => !Directory.Exists(d)) is { } missing)
        {
            context.Error.WriteLine($"apogee eval: {missing}: no such folder");
            return ExitCodes.Failure;
        }

        if (args.Flag("events")) return Events(args, context);
        var corpus = Full(args.Get("corpus")!, context);
        var goldDir = Full(args.Get("gold")!, context);

        var cns = args.Get("cns") is { } given ? Full(given, context) : DefaultCns(goldDir);
        if (args.Get("cns") is not null && !File.Exists(cns))
        {
            context.Error.WriteLine($"apogee eval: {cns}: no such file");
            return ExitCodes.Failure;
        }

        var golds = Directory.GetFiles(goldDir, "*.json").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), JsonNode.Parse(File.ReadAllText(f)) as JsonObject))
            .Where(g => g.Item2 is not null)
            .Select(g => (g.Item1, g.Item2!))
            .ToList();
        var (reports, problems) = CorpusExtraction.Run([corpus], ReadOptions.Default);
        foreach (var p in problems) context.Error.WriteLine($"apogee eval: {p}");
        var predictions = JsonNode.Parse(JsonSerializer.Serialize(reports, ContractJson.Options))!.AsArray();
        var card = GoldScorer.Score(golds, predictions);
        card.Print(context.Out, args.Flag("verbose"));
        var launches = cns is not null && File.Exists(cns) ? PrecisionScorer.LaunchDays(File.ReadAllText(cns)) : [];
        PrecisionScorer.Score(golds, predictions, launches).Print(context.Out, args.Flag("verbose"));
        return ExitCodes.Ok;
    }

    private static int Events(ParsedArgs args, CliContext context)
    {
        var sets = args.GetAll("corpus").Zip(args.GetAll("gold"), (c, g) => (Full(c, context), Full(g, context))).ToList();
        var temporary = args.Get("db") is null ? Path.Combine(Path.GetTempPath(), $"apogee-eval-{Guid.NewGuid():N}.db") : null;
        var opened = temporary is null ? StoreOpener.Open(args, context, mustExist: false) : EventStoreFactory.TryOpen(temporary);
        if (!opened.IsSuccess)
        {
            context.Error.WriteLine($"apogee eval: {opened.Error}");
            return ExitCodes.Failure;
        }

        try
        {
            using (var store = opened.Value)
            {
                EventsEvaluation.Run(sets, args.Flag("reverse"), store, p => context.Error.WriteLine($"apogee eval: {p}")).Print(context.Out, args.Flag("verbose"));
            }

            return ExitCodes.Ok;
        }
        finally
        {
            if (temporary is not null)
            {
                foreach (var f in new[] { temporary, temporary + "-wal", temporary + "-shm" }) File.Delete(f);
            }
        }
    }

    /// <summary>The shared folder's CNS table (gold sets live in shared/gold/SET), or none.</summary>
    private static string? DefaultCns(string goldDir)
    {
        var shared = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(goldDir).TrimEnd(Path.DirectorySeparatorChar)));
        return shared is null ? null : Path.Combine(shared, "data", "cns", "tests.csv");
    }

    private static string Full(string p, CliContext c) => Path.IsPathRooted(p) ? p : Path.GetFullPath(Path.Combine(c.WorkingDirectory, p));
}
