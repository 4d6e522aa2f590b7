using System.Text.Json;
using Apogee.Ballistics;
using Apogee.Cli.Framework;
using Apogee.Core;

namespace Apogee.Cli.Commands;

/// <summary>
/// <c>apogee ballistics --apogee KM --range KM [--time MIN] [--speed MACH] [--site NAME | --lat DEG --lon DEG] [--bearing DIR]</c>
/// prints what the reported figures imply (trajectory class, standard range, burnout speed, consistency, impact point);
/// <c>--cns-check PATH</c> runs the model over the CNS tests table instead. Site names are looked up through
/// <see cref="ILaunchSiteLocator"/>: a facilities table given by --sites or APOGEE_SITES, else the compiled gazetteer.
/// </summary>
public sealed class BallisticsCommand : ICommand
{
    private const string SitesVariable = "APOGEE_SITES";

    private static readonly OptionSpec Apogee = new("apogee", "reported apogee (km)", ValueName: "KM");
    private static readonly OptionSpec Range = new("range", "reported range (km)", ValueName: "KM");
    private static readonly OptionSpec Time = new("time", "reported flight time (minutes)", ValueName: "MIN");
    private static readonly OptionSpec Speed = new("speed", "reported peak speed (Mach)", ValueName: "MACH");
    private static readonly OptionSpec Site = new("site", "launch site name, looked up in the sites table or else the gazetteer", ValueName: "NAME");
    private static readonly OptionSpec Sites = new("sites", $"sites table (facility_name,lat,lon,alt_names); also {SitesVariable}", ValueName: "PATH");
    private static readonly OptionSpec Lat = new("lat", "launch latitude (degrees north)", ValueName: "DEG");
    private static readonly OptionSpec Lon = new("lon", "launch longitude (degrees east)", ValueName: "DEG");
    private static readonly OptionSpec Bearing = new("bearing", "direction of flight: degrees from north, or a compass point/word (ENE, east)", ValueName: "DIR");
    private static readonly OptionSpec Class = new("class", "range class hint: SRBM, MRBM, IRBM or ICBM (picks the boost profile)", ValueName: "CLASS");
    private static readonly OptionSpec Category = new("category", "category hint: ballistic, cruise, hypersonic, rocket_artillery, space_launch", ValueName: "CATEGORY");
    private static readonly OptionSpec Rotation = new("rotation", "include the Earth's rotation (needs latitude and bearing)", IsFlag: true);
    private static readonly OptionSpec CnsCheckPath = new("cns-check", "check the model against a CNS tests.csv and print the lofted rows and class agreement", ValueName: "PATH");

    private static readonly string[] NumberOptions = ["apogee", "range", "time", "speed", "lat", "lon"];

    private readonly Func<string, ILaunchSiteLocator?>? _locatorFactory;

    /// <summary>Default: site names resolve through the CSV table named by --sites or APOGEE_SITES, else the gazetteer.</summary>
    public BallisticsCommand()
    {
    }

    /// <summary>With a locator source (e.g. the gazetteer); the argument is the --sites path or null.</summary>
    public BallisticsCommand(Func<string, ILaunchSiteLocator?> locatorFactory) => _locatorFactory = locatorFactory;

    public string Name => "ballistics";

    public string Summary => "what reported apogee, range, time and speed imply (trajectory, standard range, consistency)";

    public string Arguments => string.Empty;

    public IReadOnlyCollection<OptionSpec> Options { get; } =
        [Apogee, Range, Time, Speed, Site, Sites, Lat, Lon, Bearing, Class, Category, Rotation, CnsCheckPath, CommonOptions.Format("text|json")];

    public Result<bool> Validate(ParsedArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Positionals.Count > 0) return Result<bool>.Fail($"unexpected argument '{args.Positionals[0]}'");
        foreach (var name in NumberOptions)
        {
            var n = args.GetNumber(name);
            if (!n.IsSuccess) return n.Map(_ => false);
        }

        var format = args.Get("format") ?? "text";
        if (format is not ("text" or "json")) return Result<bool>.Fail($"option '--format' wants text or json, not '{format}'");
        if (args.Has(CnsCheckPath.Name)) return Result<bool>.Ok(true);
        if (!args.Has(Apogee.Name) && !args.Has(Range.Name)) return Result<bool>.Fail("give --apogee and --range (or --cns-check PATH)");
        if (args.Has(Lat.Name) != args.Has(Lon.Name)) return Result<bool>.Fail("give --lat and --lon together");
        if (args.Has(Site.Name) && args.Has(Lat.Name)) return Result<bool>.Fail("give --site or --lat/--lon, not both");
        if (args.Get(Bearing.Name) is { } b && Bearings.Parse(b) is null) return Result<bool>.Fail($"option '--bearing' wants degrees or a compass direction, not '{b}'");
        return Result<bool>.Ok(true);
    }

    public int Execute(ParsedArgs args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var json = args.Get("format") == "json";
        if (args.Get(CnsCheckPath.Name) is { } cnsPath)
        {
            return RunCnsCheck(Resolve(cnsPath, context), json, context);
        }

        double? lat = args.GetNumber(Lat.Name).Value, lon = args.GetNumber(Lon.Name).Value;
        if (args.Get(Site.Name) is { } siteName)
        {
            var located = Locator(args, context)?.Locate(siteName);
            if (located is null)
            {
                context.Error.WriteLine($"apogee ballistics: launch site '{siteName}' is unknown (or has no coordinates): give --lat and --lon, or a sites table with --sites or {SitesVariable}");
                return ExitCodes.Failure;
            }

            (lat, lon) = (located.LatDeg, located.LonDeg);
        }

        var input = new BallisticsInput(
            args.GetNumber(Apogee.Name).Value,
            args.GetNumber(Range.Name).Value,
            args.GetNumber(Time.Name).Value,
            args.GetNumber(Speed.Name).Value,
            lat,
            lon,
            Bearings.Parse(args.Get(Bearing.Name)),
            args.Get(Class.Name),
            args.Get(Category.Name));
        var analysis = BallisticsAnalyzer.Analyze(input, BallisticsOptions.Default with { IncludeEarthRotation = args.Flag(Rotation.Name) });
        context.Out.WriteLine(json ? BallisticsJson.Serialize(analysis) : BallisticsText.Format(analysis));
        return ExitCodes.Ok;
    }

    private ILaunchSiteLocator? Locator(ParsedArgs args, CliContext context)
    {
        var path = args.Get(Sites.Name) ?? context.Environment(SitesVariable);
        if (_locatorFactory is not null) return _locatorFactory(path is null ? string.Empty : Resolve(path, context));
        if (path is null) return Output.GazetteerSiteLocator.Default;
        var full = Resolve(path, context);
        if (!File.Exists(full))
        {
            context.Error.WriteLine($"apogee ballistics: sites table '{full}' not found");
            return null;
        }

        return CsvSiteLocator.Parse(File.ReadAllText(full));
    }

    private static int RunCnsCheck(string path, bool json, CliContext context)
    {
        if (!File.Exists(path))
        {
            context.Error.WriteLine($"apogee ballistics: CNS tests table '{path}' not found");
            return ExitCodes.Failure;
        }

        var report = CnsCheck.Run(File.ReadAllText(path));
        if (!json)
        {
            context.Out.Write(report.ToText());
            return ExitCodes.Ok;
        }

        var summary = new
        {
            report.RowsRead,
            RowsWithFigures = report.Rows.Count,
            Lofted = report.Lofted,
            report.Compared,
            report.Agreed,
            report.LoftedCompared,
            report.LoftedAgreed,
            report.Problems,
        };
        context.Out.WriteLine(JsonSerializer.Serialize(summary, BallisticsJson.Options));
        return ExitCodes.Ok;
    }

    private static string Resolve(string path, CliContext context) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(context.WorkingDirectory, path));
}
