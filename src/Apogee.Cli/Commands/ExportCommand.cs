using Apogee.Cli.Framework;
using Apogee.Cli.Output;
using Apogee.Core;

namespace Apogee.Cli.Commands;

/// <summary>
/// <c>apogee export --format csv|json|geojson [filters] [--output FILE]</c>: writes events for other tools. GeoJSON places
/// each event at its site and leaves out events without coordinates; csv and json keep every event.
/// </summary>
public sealed class ExportCommand : ICommand
{
    private const string Formats = "csv|json|geojson";
    private static readonly OptionSpec Output = new("output", "write to this file instead of stdout", ValueName: "FILE");

    public string Name => "export";

    public string Summary => "export events as csv, json or geojson";

    public string Arguments => "";

    public IReadOnlyCollection<OptionSpec> Options { get; } = [CommonOptions.Format(Formats), Output, .. EventFilters.All, CommonOptions.Db];

    public Result<bool> Validate(ParsedArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var format = args.Get("format");
        if (format is null) return Result<bool>.Fail("option '--format' is required: " + Formats);
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
            context.Error.WriteLine($"apogee export: {opened.Error}");
            return ExitCodes.Failure;
        }

        using var store = opened.Value;
        var events = store.Events(EventFilters.Parse(args).Value);
        var text = new StringWriter();
        switch (args.Get("format"))
        {
            case "json":
                text.WriteLine(EventJson.Array(events));
                break;
            case "geojson":
                text.WriteLine(EventGeoJson.Write(events));
                break;
            default:
                EventCsv.Write(text, events);
                break;
        }

        if (args.Get(Output.Name) is { } file)
        {
            var path = Path.IsPathRooted(file) ? file : Path.Combine(context.WorkingDirectory, file);
            File.WriteAllText(path, text.ToString());
        }
        else
        {
            context.Out.Write(text.ToString());
        }

        return ExitCodes.Ok;
    }
}
