using Apogee.Cli.Framework;
using Apogee.Cli.Output;
using Apogee.Core;
using Apogee.Core.Pipeline;
using Apogee.Core.Storage;
using Apogee.Extraction;
using Apogee.Ingest;
using Apogee.Ingest.Cleaning;
using Apogee.Ingest.Pipeline;
using Spectre.Console;

namespace Apogee.Cli.Commands;

/// <summary>
/// <c>apogee ingest PATH... [--db ...] [--workers N] [--batch N]</c>: read, clean, extract and store each document,
/// resolving its launches into events, on the shared <see cref="IngestRunner"/> (N workers, one in-order writer, N
/// documents per commit). One line per document in input order (a progress bar on a terminal), failures on stderr
/// naming the input, then a summary. A failed input never stops the run; the exit code is 1 if any failed.
/// </summary>
public sealed class IngestCommand : ICommand
{
    /// <summary>Sanity bounds: more threads than this only thrash; a batch this big already holds a commit for long.</summary>
    private const int MaxWorkers = 256;

    private const int MaxBatch = 100_000;

    public string Name => "ingest";

    public string Summary => "read, extract and store articles; resolve their launches into events";

    public string Arguments => "PATH...";

    public static OptionSpec Workers { get; } = new("workers", "threads that clean and extract in parallel (default: one per core)", ValueName: "N");

    public static OptionSpec Batch { get; } = new("batch", $"documents stored per commit (default {IngestRunnerOptions.DefaultBatch}; 1 = one transaction per document)", ValueName: "N");

    public IReadOnlyCollection<OptionSpec> Options { get; } = [CommonOptions.Db, CommonOptions.Published, CommonOptions.MaxBytes, CommonOptions.MaxSeconds, Workers, Batch];

    public Result<bool> Validate(ParsedArgs args)
    {
        var inputs = InputArgs.Parse(args);
        return inputs.IsSuccess ? RunnerOptions(args).Map(_ => true) : Result<bool>.Fail(inputs.Error!);
    }

    public int Execute(ParsedArgs args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var opened = StoreOpener.Open(args, context, mustExist: false);
        if (!opened.IsSuccess)
        {
            context.Error.WriteLine($"apogee ingest: {opened.Error}");
            return ExitCodes.Failure;
        }

        using var store = opened.Value;
        var options = InputArgs.Parse(args).Value;
        var inputs = new DocumentReader(context.In).Read(InputArgs.Paths(args, context), options);
        var runner = new IngestRunner(new ArticleCleaner(), LaunchExtractor.CreateDefault(), store, RunnerOptions(args).Value, context.Clock);
        var tally = new IngestTally();
        if (context.IsTerminal)
        {
            // Inputs stream (a .jsonl may hold 100k articles), so the total is unknown: the bar counts instead.
            AnsiConsole.Progress().Start(p =>
            {
                var task = p.AddTask("ingesting");
                task.IsIndeterminate = true;
                runner.Run(inputs, o => Report(context, tally, o, plainLines: false), s => task.Description = $"ingesting: {s.Read} documents");
                task.IsIndeterminate = false;
                task.Value = task.MaxValue;
            });
        }
        else
        {
            runner.Run(inputs, o => Report(context, tally, o, plainLines: true));
        }

        context.Out.WriteLine(StoreMessages.Summary(tally.New, tally.Duplicate, tally.Irrelevant, tally.Failed, tally.Created.Count, tally.Updated.Count));
        return tally.Failed == 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
    }

    /// <summary>--workers and --batch, checked: positive whole numbers (int-sized: they size threads and lists).</summary>
    private static Result<IngestRunnerOptions> RunnerOptions(ParsedArgs args)
    {
        var workers = args.GetPositiveWhole(Workers.Name, Environment.ProcessorCount);
        if (!workers.IsSuccess) return Result<IngestRunnerOptions>.Fail(workers.Error!);
        var batch = args.GetPositiveWhole(Batch.Name, IngestRunnerOptions.DefaultBatch);
        if (!batch.IsSuccess) return Result<IngestRunnerOptions>.Fail(batch.Error!);
        if (workers.Value > MaxWorkers) return Result<IngestRunnerOptions>.Fail(StoreMessages.TooMany(Workers.Name, workers.Value, MaxWorkers));
        if (batch.Value > MaxBatch) return Result<IngestRunnerOptions>.Fail(StoreMessages.TooMany(Batch.Name, batch.Value, MaxBatch));
        var bytes = args.GetPositiveWhole(CommonOptions.MaxBytes.Name, ReadOptions.DefaultMaxBytes);
        if (!bytes.IsSuccess) return Result<IngestRunnerOptions>.Fail(bytes.Error!);
        // The size cap read by the reader (files, .jsonl lines) is also each document's budget (stdin, decoded text).
        var budget = CommonOptions.Budget(args, bytes.Value);
        if (!budget.IsSuccess) return Result<IngestRunnerOptions>.Fail(budget.Error!);
        return Result<IngestRunnerOptions>.Ok(new IngestRunnerOptions((int)workers.Value, (int)batch.Value) { Budget = budget.Value });
    }

    private static void Report(CliContext context, IngestTally tally, IngestOutcome o, bool plainLines)
    {
        switch (o.Status)
        {
            case IngestStatus.New: tally.New++; break;
            case IngestStatus.Duplicate: tally.Duplicate++; break;
            case IngestStatus.Irrelevant: tally.Irrelevant++; break;
            default:
                tally.Failed++;
                context.Error.WriteLine($"apogee ingest: {o.Error}");
                return;
        }

        tally.Created.UnionWith(o.EventsCreated);
        tally.Updated.UnionWith(o.EventsUpdated.Except(tally.Created));
        if (!plainLines) return;
        var events = string.Join(' ', o.EventsCreated.Select(id => $"+{id}").Concat(o.EventsUpdated.Select(id => $"~{id}")));
        context.Out.WriteLine($"{o.Document}\t{o.Status.ToString().ToLowerInvariant()}\t{(events.Length == 0 ? "-" : events)}");
    }

}
