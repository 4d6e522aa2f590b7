using System.Globalization;
using Apogee.Cli.Framework;
using Apogee.Cli.Output;
using Apogee.Core;
using Apogee.Core.Pipeline;
using Apogee.Core.Storage;
using Apogee.Extraction;
using Apogee.Ingest;
using Apogee.Ingest.Cleaning;
using Spectre.Console;

namespace Apogee.Cli.Commands;

/// <summary>
/// <c>apogee ingest PATH... [--db ...]</c>: read, clean, extract and store each document, resolving its launches into
/// events. One line per document (a progress bar on a terminal), failures on stderr naming the input, then a summary.
/// A failed input never stops the batch; the exit code is 1 if any failed.
/// </summary>
public sealed class IngestCommand : ICommand
{
    public string Name => "ingest";

    public string Summary => "read, extract and store articles; resolve their launches into events";

    public string Arguments => "PATH...";

    public IReadOnlyCollection<OptionSpec> Options { get; } = [CommonOptions.Db, CommonOptions.Published, CommonOptions.MaxBytes];

    public Result<bool> Validate(ParsedArgs args)
    {
        return InputArgs.Parse(args).Map(_ => true);
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
        var paths = InputArgs.Paths(args, context);
        var pipeline = new IngestPipeline(new DocumentReader(context.In), new ArticleCleaner(), LaunchExtractor.CreateDefault(), store);
        var tally = new IngestTally();
        if (context.IsTerminal)
        {
            // Read first so the bar knows its length; articles are small and the cap bounds each.
            var inputs = pipeline.Reader.Read(paths, options).ToList();
            AnsiConsole.Progress().Start(p =>
            {
                var task = p.AddTask("ingesting", maxValue: inputs.Count);
                foreach (var raw in inputs)
                {
                    Report(context, tally, pipeline.Store(raw), plainLines: false);
                    task.Increment(1);
                }
            });
        }
        else
        {
            foreach (var raw in pipeline.Reader.Read(paths, options)) Report(context, tally, pipeline.Store(raw), plainLines: true);
        }

        context.Out.WriteLine(StoreMessages.Summary(tally.New, tally.Duplicate, tally.Irrelevant, tally.Failed, tally.Created.Count, tally.Updated.Count));
        return tally.Failed == 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
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
