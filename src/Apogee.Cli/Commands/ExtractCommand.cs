using System.Globalization;
using System.Text.Json;
using Apogee.Cli.Evaluation;
using Apogee.Cli.Framework;
using Apogee.Core;
using Apogee.Core.Json;
using Apogee.Core.Model;
using Apogee.Core.Pipeline;

namespace Apogee.Cli.Commands;

/// <summary><c>apogee extract PATH... --format json|table</c>: one launch report per document, in input order.</summary>
public sealed class ExtractCommand : ICommand
{
    public string Name => "extract";

    public string Summary => "extract launch reports (JSON contract or a table) from articles";

    public string Arguments => "PATH...";

    public IReadOnlyCollection<OptionSpec> Options { get; } = [CommonOptions.Format("json|table"), CommonOptions.Published, CommonOptions.MaxBytes];

    public Result<bool> Validate(ParsedArgs args)
    {
        if (args.Get("format") is { } f && f is not ("json" or "table")) return Result<bool>.Fail($"--format must be json or table, not '{f}'");
        return InputArgs.Parse(args).Map(_ => true);
    }

    public int Execute(ParsedArgs args, CliContext context)
    {
        var options = InputArgs.Parse(args).Value;
        var paths = InputArgs.Paths(args, context);
        var (reports, problems) = CorpusExtraction.Run(paths, options);
        foreach (var p in problems) context.Error.WriteLine($"apogee extract: {p}");
        if (args.Get("format") == "table") WriteTable(reports, context.Out);
        else context.Out.WriteLine(JsonSerializer.Serialize(reports, ContractJson.Options));
        return problems.Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }

    private static void WriteTable(IReadOnlyList<LaunchReport> reports, TextWriter w)
    {
        w.WriteLine($"{"document",-20} {"relevant",-8} {"date",-23} {"count",-6} {"category",-16} {"site",-20} {"range",7} {"apogee",7} claims");
        foreach (var r in reports)
        {
            var e = r.Primary;
            var date = e is null ? "" : $"{e.Date.Earliest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}..{e.Date.Latest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}";
            w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Clip(r.Document, 20),-20} {(r.Relevant ? "yes" : "no"),-8} {date,-23} {e?.Count?.ToString() ?? "",-6} {e?.Category ?? "",-16} {Clip(e?.Site?.Name ?? "", 20),-20} {e?.RangeKm,7} {e?.ApogeeKm,7} {e?.Claims.Count ?? 0}"));
        }
    }

    private static string Clip(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
