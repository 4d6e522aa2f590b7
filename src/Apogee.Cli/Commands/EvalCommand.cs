using System.Text.Json;
using System.Text.Json.Nodes;
using Apogee.Cli.Evaluation;
using Apogee.Cli.Framework;
using Apogee.Core;
using Apogee.Core.Json;
using Apogee.Core.Pipeline;

namespace Apogee.Cli.Commands;

/// <summary><c>apogee eval --corpus DIR --gold DIR</c>: extracts a corpus and scores it exactly as ../shared/tools/score.py does.</summary>
public sealed class EvalCommand : ICommand
{
    public string Name => "eval";

    public string Summary => "extract a corpus and score it against gold annotations (same figures as score.py)";

    public string Arguments => "";

    public IReadOnlyCollection<OptionSpec> Options { get; } =
    [
        new("corpus", "folder of articles (NAME.txt + NAME.meta.json)", ValueName: "DIR"),
        new("gold", "folder of gold annotations (NAME.json)", ValueName: "DIR"),
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
        return ExitCodes.Ok;
    }

    private static string Full(string p, CliContext c) => Path.IsPathRooted(p) ? p : Path.GetFullPath(Path.Combine(c.WorkingDirectory, p));
}
