using Apogee.Cli.Framework;
using Apogee.Cli.Output;
using Apogee.Core;

namespace Apogee.Cli.Commands;

/// <summary><c>apogee events [filters] [--format table|json|csv]</c>: lists resolved events, oldest first.</summary>
public sealed class EventsCommand : ICommand
{
    private const string Formats = "table|json|csv";
    private const string Table = "table";

    public string Name => "events";

    public string Summary => "list resolved launch events (filters: --since --until --site --category --min-range)";

    public string Arguments => "";

    public IReadOnlyCollection<OptionSpec> Options { get; } = [.. EventFilters.All, CommonOptions.Format(Formats), CommonOptions.Db];

    public Result<bool> Validate(ParsedArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return EventListing.Validate(args.Get("format") ?? Table, Formats, args);
    }

    public int Execute(ParsedArgs args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var events = EventListing.Load(args, context);
        if (!events.IsSuccess)
        {
            context.Error.WriteLine($"apogee events: {events.Error}");
            return ExitCodes.Failure;
        }

        var format = args.Get("format") ?? Table;
        if (format == Table) EventTable.Write(context.Out, events.Value.Events, events.Value.StoreHasCatalogue);
        else context.Out.Write(EventListing.Render(format, events.Value.Events));
        return ExitCodes.Ok;
    }
}
