using Apogee.Cli.Framework;
using Apogee.Cli.Output;
using Apogee.Core;

namespace Apogee.Cli.Commands;

/// <summary><c>apogee events [filters] [--format table|json|csv]</c>: lists resolved events, oldest first.</summary>
public sealed class EventsCommand : ICommand
{
    private const string Formats = "table|json|csv";

    public string Name => "events";

    public string Summary => "list resolved launch events (filters: --since --until --site --category --min-range)";

    public string Arguments => "";

    public IReadOnlyCollection<OptionSpec> Options { get; } = [.. EventFilters.All, CommonOptions.Format(Formats), CommonOptions.Db];

    public Result<bool> Validate(ParsedArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var format = args.Get("format") ?? "table";
        if (!Formats.Split('|').Contains(format)) return Result<bool>.Fail(StoreMessages.BadFormat(format, Formats));
        return EventFilters.Parse(args).Map(_ => true);
    }

    public int Execute(ParsedArgs args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var opened = StoreOpener.Open(args, context, mustExist: true);
        if (!opened.IsSuccess)
        {
            context.Error.WriteLine($"apogee events: {opened.Error}");
            return ExitCodes.Failure;
        }

        using var store = opened.Value;
        var events = store.Events(EventFilters.Parse(args).Value);
        switch (args.Get("format") ?? "table")
        {
            case "json":
                context.Out.WriteLine(EventJson.Array(events));
                break;
            case "csv":
                EventCsv.Write(context.Out, events);
                break;
            default:
                EventTable.Write(context.Out, events);
                break;
        }

        return ExitCodes.Ok;
    }
}
