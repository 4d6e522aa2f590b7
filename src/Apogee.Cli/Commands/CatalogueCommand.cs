using Apogee.Catalogue;
using Apogee.Cli.Framework;
using Apogee.Cli.Output;
using Apogee.Core;
using Apogee.Core.Storage;

namespace Apogee.Cli.Commands;

/// <summary>
/// <c>apogee catalogue import FILE [--db D]</c>: reads a CNS-format CSV (tests.csv's columns or the CNS export's),
/// stores its launches and links every event to the one it matches; bad rows are named with their line (exit 1), the
/// rest imported; importing twice adds nothing.
/// <c>apogee catalogue diff [--since --until] [--format table|json] [--db D]</c>: catalogue launches no event matches,
/// events the catalogue lacks, and field disagreements with the claims behind Apogee's value; exit 1 when it lists
/// any, 0 when the two records agree (as diff(1) does). docs/CATALOGUE.md.
/// </summary>
public sealed class CatalogueCommand : ICommand
{
    private const string Import = "import";
    private const string Diff = "diff";
    private const string Formats = "table|json";

    public string Name => "catalogue";

    public string Summary => "the CNS reference catalogue: 'import FILE' (CNS CSV) or 'diff' (what the news and the catalogue disagree on)";

    public string Arguments => "import FILE | diff";

    public IReadOnlyCollection<OptionSpec> Options { get; } = [EventFilters.Since, EventFilters.Until, CommonOptions.Format(Formats), CommonOptions.Db];

    public Result<bool> Validate(ParsedArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var action = args.Positionals.Count > 0 ? args.Positionals[0] : null;
        if (action == Import)
        {
            if (args.Positionals.Count != 2) return Result<bool>.Fail(StoreMessages.CatalogueImportNeedsFile);
            var misplaced = new[] { EventFilters.Since.Name, EventFilters.Until.Name, "format" }.FirstOrDefault(args.Has);
            return misplaced is null ? Result<bool>.Ok(true) : Result<bool>.Fail(StoreMessages.CatalogueImportOnly(misplaced));
        }

        if (action != Diff) return Result<bool>.Fail(StoreMessages.CatalogueUsage);
        if (args.Positionals.Count != 1) return Result<bool>.Fail(StoreMessages.CatalogueDiffTakesNoFile);
        var format = args.Get("format") ?? "table";
        if (!Formats.Split('|').Contains(format)) return Result<bool>.Fail(StoreMessages.BadFormat(format, Formats));
        var since = args.GetDate(EventFilters.Since.Name);
        if (!since.IsSuccess) return Result<bool>.Fail(since.Error!);
        var until = args.GetDate(EventFilters.Until.Name);
        return until.IsSuccess ? Result<bool>.Ok(true) : Result<bool>.Fail(until.Error!);
    }

    public int Execute(ParsedArgs args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        return args.Positionals[0] == Import ? RunImport(args, context) : RunDiff(args, context);
    }

    private static int RunImport(ParsedArgs args, CliContext context)
    {
        var file = context.Resolve(args.Positionals[1]);
        var read = CatalogueCsv.ReadFile(file);
        if (!read.IsSuccess)
        {
            context.Error.WriteLine($"apogee catalogue: {read.Error}");
            return ExitCodes.Failure;
        }

        foreach (var p in read.Value.Problems) context.Error.WriteLine($"apogee catalogue: {p}");
        if (read.Value.Rows == 0)
        {
            context.Error.WriteLine($"apogee catalogue: {StoreMessages.CatalogueNothingRead(Path.GetFileName(file))}");
            return ExitCodes.Failure;
        }

        var opened = StoreOpener.Open(args, context, mustExist: false);
        if (!opened.IsSuccess)
        {
            context.Error.WriteLine($"apogee catalogue: {opened.Error}");
            return ExitCodes.Failure;
        }

        using var store = opened.Value;
        var result = store.ImportCatalogue(read.Value.Launches);
        context.Out.WriteLine(StoreMessages.CatalogueImported(
            Path.GetFileName(file), read.Value.Rows, read.Value.Problems.Count, read.Value.Launches.Count, result.Added, result.Updated, result.Unchanged, result.EventsRelinked));
        return read.Value.Problems.Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }

    private static int RunDiff(ParsedArgs args, CliContext context)
    {
        var opened = StoreOpener.Open(args, context, mustExist: true);
        if (!opened.IsSuccess)
        {
            context.Error.WriteLine($"apogee catalogue: {opened.Error}");
            return ExitCodes.Failure;
        }

        using var store = opened.Value;
        var since = args.GetDate(EventFilters.Since.Name).Value;
        var until = args.GetDate(EventFilters.Until.Name).Value;
        var events = store.Events(new EventQuery { Since = since, Until = until });
        var review = CatalogueReview.Build(events, store.Catalogue(), since, until);
        if ((args.Get("format") ?? "table") == "json") context.Out.Write(CatalogueDiffWriter.Json(review));
        else CatalogueDiffWriter.Table(context.Out, review);
        return review.HasDifferences ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }
}
