using Apogee.Cli.Framework;
using Apogee.Cli.Output;
using Apogee.Core;

namespace Apogee.Cli.Commands;

/// <summary>
/// <c>apogee export --format csv|json|geojson [filters] [--output FILE]</c>: writes events for other tools, each with
/// what the ballistics model makes of its figures (trajectory, standard range). The same writers serve the web's
/// /api/export, so both give identical files. GeoJSON gives events without coordinates a null geometry.
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
        return EventListing.Validate(format, Formats, args);
    }

    public int Execute(ParsedArgs args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var events = EventListing.Load(args, context);
        if (!events.IsSuccess)
        {
            context.Error.WriteLine($"apogee export: {events.Error}");
            return ExitCodes.Failure;
        }

        var text = EventListing.Render(args.Get("format")!, events.Value.Events);
        if (args.Get(Output.Name) is { } file)
        {
            var path = Path.IsPathRooted(file) ? file : Path.Combine(context.WorkingDirectory, file);
            File.WriteAllText(path, text);
        }
        else
        {
            context.Out.Write(text);
        }

        return ExitCodes.Ok;
    }
}
