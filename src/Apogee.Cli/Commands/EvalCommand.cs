using System.Text.Json;
using System.Text.Json.Nodes;
using Apogee.Cli.Evaluation;
using Apogee.Cli.Framework;
using Apogee.Core;
using Apogee.Core.Json;
using Apogee.Core.Pipeline;

namespace Apogee.Cli.Commands;

/// <summary>
/// <c>apogee eval --corpus DIR --gold DIR [--cns FILE]</c>: extracts a corpus and scores it exactly as
/// ../shared/tools/score.py does, then as ../shared/tools/precision.py does (claim and source precision, repeats,
/// ghost references; the CNS table defaults to ../shared/data/cns/tests.csv beside the gold folder's set).
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
        new("verbose", "list every miss", IsFlag: true),
    ];

    public Result<bool> Validate(ParsedArgs args)
    {
        if (args.Get("corpus") is null) return Result<bool>.Fail("--corpus DIR is required");
        if (args.Get("gold") is null) return Result<bool>.Fail("--gold DIR is required");
        if (args.Positionals.Count > 0) return Result<bool>.Fail($"unexpected argument '{args.Positionals[0]}'");
        return Result<bool>.Ok(true);
    }

    public int Execute(ParsedArgs args, CliContext context)
    {
        var corpus = Full(args.Get("corpus")!, context);
        var goldDir = Full(args.Get("gold")!, context);
        foreach (var dir in new[] { corpus, goldDir })
        {
            if (!Directory.Exists(dir))
            {
                context.Error.WriteLine($"apogee eval: {dir}: no such folder");
                return ExitCodes.Failure;
            }
        }

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

    /// <summary>The shared folder's CNS table (gold sets live in shared/gold/SET), or none.</summary>
    private static string? DefaultCns(string goldDir)
    {
        var shared = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(goldDir).TrimEnd(Path.DirectorySeparatorChar)));
        return shared is null ? null : Path.Combine(shared, "data", "cns", "tests.csv");
    }

    private static string Full(string p, CliContext c) => Path.IsPathRooted(p) ? p : Path.GetFullPath(Path.Combine(c.WorkingDirectory, p));
}
