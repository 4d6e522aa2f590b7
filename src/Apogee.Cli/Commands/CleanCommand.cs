using System.Globalization;
using Apogee.Cli.Framework;
using Apogee.Core;
using Apogee.Core.Pipeline;
using Apogee.Ingest;
using Apogee.Ingest.Cleaning;

namespace Apogee.Cli.Commands;

/// <summary>
/// <c>apogee clean PATH... [--explain]</c>: prints each article's clean text; with --explain also every removed span
/// with its reason, and the captions. A bad input is one line on stderr; the others are still cleaned (exit 1).
/// </summary>
public sealed class CleanCommand : ICommand
{
    private static readonly OptionSpec Explain = new("explain", "also print each removed span with its reason, and the captions", IsFlag: true);

    public string Name => "clean";

    public string Summary => "read articles and print their clean text (boilerplate removed)";

    public string Arguments => "PATH...";

    public IReadOnlyCollection<OptionSpec> Options { get; } = [Explain, CommonOptions.Published, CommonOptions.MaxBytes];

    public Result<bool> Validate(ParsedArgs args)
    {
        return InputArgs.Parse(args).Map(_ => true);
    }

    public int Execute(ParsedArgs args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var options = InputArgs.Parse(args).Value;
        var paths = InputArgs.Paths(args, context);
        var reader = new DocumentReader(context.In);
        var cleaner = new ArticleCleaner();
        var explain = args.Flag(Explain.Name);
        var failed = 0;
        var printed = 0;
        foreach (var raw in reader.Read(paths, options))
        {
            var clean = raw.IsSuccess ? cleaner.Clean(raw.Value) : Result<Apogee.Core.Model.CleanDocument>.Fail(raw.Error!);
            if (!clean.IsSuccess)
            {
                context.Error.WriteLine($"apogee clean: {clean.Error}");
                failed++;
                continue;
            }

            var doc = clean.Value;
            if (printed++ > 0) context.Out.WriteLine();
            if (paths.Count > 1 || Directory.Exists(paths[0]) || explain) context.Out.WriteLine($"== {doc.Name}");
            context.Out.WriteLine(doc.Text);
            if (!explain) continue;
            context.Out.WriteLine();
            context.Out.WriteLine($"-- removed ({doc.Removed.Count})");
            foreach (var r in doc.Removed)
            {
                context.Out.WriteLine($"[{r.Reason}] {r.Text}");
            }

            context.Out.WriteLine($"-- captions ({doc.Captions.Count})");
            foreach (var c in doc.Captions)
            {
                context.Out.WriteLine(c);
            }
        }

        return failed == 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
    }

}
