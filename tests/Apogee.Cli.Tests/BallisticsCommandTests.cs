using System.Text.Json;
using Apogee.Ballistics;
using Apogee.Cli.Commands;
using Apogee.Cli.Framework;

namespace Apogee.Cli.Tests;

public sealed class BallisticsCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("apogee-ballistics-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Code, string Out, string Err) Run(params string[] args) => Run(new Dictionary<string, string>(), args);

    private (int Code, string Out, string Err) Run(Dictionary<string, string> env, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var context = new CliContext(stdout, stderr, TextReader.Null, _dir, TimeProvider.System)
        {
            Environment = name => env.TryGetValue(name, out var v) ? v : null,
        };
        var code = CliApp.Run(["ballistics", .. args], context);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Json_carries_the_contract_fields()
    {
        var (code, output, _) = Run("--apogee", "4475", "--range", "950", "--time", "53", "--format", "json");
        Assert.Equal(ExitCodes.Ok, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("lofted", root.GetProperty("trajectory").GetString());
        Assert.InRange(root.GetProperty("standard_range_km").GetDouble(), 13000 * 0.85, 13000 * 1.15);
        Assert.InRange(root.GetProperty("min_energy_apogee_km").GetDouble(), 200, 260);
        Assert.InRange(root.GetProperty("flight_time_min").GetDouble(), 50, 56);
        Assert.InRange(root.GetProperty("burnout_speed_km_s").GetDouble(), 6, 7.5);
        Assert.True(root.GetProperty("consistency")[0].GetProperty("agrees").GetBoolean());
    }

    [Fact]
    public void Text_says_the_trajectory_and_the_standard_range()
    {
        var (code, output, _) = Run("--apogee", "100", "--range", "350");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("trajectory        minimum_energy", output, StringComparison.Ordinal);
        Assert.Contains("standard range", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Range_alone_gives_minimum_energy_figures()
    {
        var (code, output, _) = Run("--range", "1000");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("status            partial", output, StringComparison.Ordinal);
        Assert.Contains("minimum energy", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_from_the_sites_table_gives_the_impact_point()
    {
        // Synthetic site table; the launch point is made up.
        File.WriteAllText(Path.Combine(_dir, "sites.csv"), "facility_name,lat,lon,alt_names\nWestcoast Pad,39.5,124.5,West Pad\n");
        var (code, output, _) = Run("--apogee", "60", "--range", "700", "--speed", "10", "--site", "west pad", "--sites", "sites.csv", "--bearing", "east", "--format", "json");
        Assert.Equal(ExitCodes.Ok, code);
        using var doc = JsonDocument.Parse(output);
        var impact = doc.RootElement.GetProperty("impact_point");
        Assert.InRange(impact.GetProperty("lon_deg").GetDouble(), 132.5, 132.8);
        Assert.Equal("depressed", doc.RootElement.GetProperty("trajectory").GetString());
    }

    [Fact]
    public void The_sites_table_can_come_from_the_environment()
    {
        File.WriteAllText(Path.Combine(_dir, "env-sites.csv"), "facility_name,lat,lon\nInland Range,40,126\n");
        var env = new Dictionary<string, string> { ["APOGEE_SITES"] = Path.Combine(_dir, "env-sites.csv") };
        var (code, output, _) = Run(env, "--apogee", "100", "--range", "400", "--site", "Inland Range", "--bearing", "90");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("impact point", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_site_is_one_line_on_stderr()
    {
        var (code, _, err) = Run("--apogee", "100", "--range", "400", "--site", "Nowhere", "--bearing", "90");
        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("launch site 'Nowhere' is unknown", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Jagang")]
    [InlineData("jagang province")]
    public void Without_a_sites_table_the_gazetteer_places_the_site(string site)
    {
        var (code, output, err) = Run("--apogee", "60", "--range", "700", "--site", site, "--bearing", "east", "--format", "json");
        Assert.Equal("", err);
        Assert.Equal(ExitCodes.Ok, code);
        using var doc = JsonDocument.Parse(output);
        var expected = global::Apogee.Knowledge.Gazetteer.Default.Lookup("Jagang")!;
        var launch = doc.RootElement.GetProperty("launch_point");
        Assert.Equal(expected.Lat!.Value, launch.GetProperty("lat_deg").GetDouble(), 6);
        Assert.Equal(expected.Lon!.Value, launch.GetProperty("lon_deg").GetDouble(), 6);
        var impact = doc.RootElement.GetProperty("impact_point");
        Assert.Equal(JsonValueKind.Object, impact.ValueKind);
        // Flying east: the impact lies east of the launch, about 700 km away (~8 degrees of longitude at 41 N).
        Assert.InRange(impact.GetProperty("lon_deg").GetDouble() - expected.Lon.Value, 7, 10);
    }

    [Fact]
    public void A_sites_table_wins_over_the_gazetteer()
    {
        // A made-up point under a gazetteer name: the table the user gave is the one that counts.
        File.WriteAllText(Path.Combine(_dir, "own.csv"), "facility_name,lat,lon\nJagang,38.5,125.5\n");
        var (code, output, _) = Run("--apogee", "60", "--range", "700", "--site", "Jagang", "--sites", "own.csv", "--bearing", "east", "--format", "json");
        Assert.Equal(ExitCodes.Ok, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(38.5, doc.RootElement.GetProperty("launch_point").GetProperty("lat_deg").GetDouble());
    }

    [Fact]
    public void A_locator_can_be_plugged_in()
    {
        var command = new BallisticsCommand(_ => new OneSite());
        var args = ParsedArgs.Parse(["--apogee", "100", "--range", "400", "--site", "anything", "--bearing", "0", "--format", "json"], command.Options).Value;
        using var stdout = new StringWriter();
        var code = command.Execute(args, new CliContext(stdout, TextWriter.Null, TextReader.Null, _dir, TimeProvider.System));
        Assert.Equal(ExitCodes.Ok, code);
        using var doc = JsonDocument.Parse(stdout.ToString());
        Assert.Equal(10, doc.RootElement.GetProperty("launch_point").GetProperty("lat_deg").GetDouble());
    }

    [Theory]
    [InlineData("--apogee", "x", "--range", "10")]
    [InlineData("--time", "5")]
    [InlineData("--apogee", "100", "--range", "300", "--lat", "40")]
    [InlineData("--apogee", "100", "--range", "300", "--format", "xml")]
    [InlineData("--apogee", "100", "--range", "300", "--bearing", "toward the sea")]
    [InlineData("--apogee", "100", "--range", "300", "--site", "A", "--lat", "1", "--lon", "2")]
    [InlineData("stray", "--apogee", "100")]
    public void Bad_arguments_are_usage_errors(params string[] args)
    {
        var (code, _, err) = Run(args);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith("apogee ballistics:", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Cns_check_lists_lofted_rows_and_agreement()
    {
        // Synthetic rows in the CNS layout.
        File.WriteAllText(Path.Combine(_dir, "tests.csv"), "date,missile_name,missile_type,apogee_km,distance_km,outcome\n2030-01-01,Test-A,ICBM,4000,1000,Success\n2030-01-02,Test-B,SRBM,90,350,Success\n");
        var (code, output, _) = Run("--cns-check", "tests.csv");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("lofted rows (1):", output, StringComparison.Ordinal);
        Assert.Contains("Test-A", output, StringComparison.Ordinal);
        Assert.Contains("agreement (ballistic types SRBM/MRBM/IRBM/ICBM, failed flights excluded): 2/2", output, StringComparison.Ordinal);

        var (jsonCode, json, _) = Run("--cns-check", "tests.csv", "--format", "json");
        Assert.Equal(ExitCodes.Ok, jsonCode);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(2, doc.RootElement.GetProperty("agreed").GetInt32());
        Assert.Equal("Test-A", doc.RootElement.GetProperty("lofted")[0].GetProperty("missile").GetString());
    }

    [Fact]
    public void Cns_check_on_the_reference_table()
    {
        var path = BallisticsSharedData.PathOf("data/cns/tests.csv");
        var (code, output, _) = Run("--cns-check", path);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Hwasong-15", output, StringComparison.Ordinal);
        Assert.Contains("of which lofted rows", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_cns_table_is_a_failure_not_a_crash()
    {
        var (code, _, err) = Run("--cns-check", "missing.csv");
        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("not found", err, StringComparison.Ordinal);
    }

    private sealed class OneSite : ILaunchSiteLocator
    {
        public GeoPoint? Locate(string name) => new(10, 20);
    }
}
