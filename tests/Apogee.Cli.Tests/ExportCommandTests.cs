using System.Text.Json;

namespace Apogee.Cli.Tests;

public sealed class ExportCommandTests : IDisposable
{
    private readonly EventsTestData _data = new EventsTestData().Seed();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Geojson_places_events_at_their_sites_and_keeps_unplaced_ones_with_null_geometry()
    {
        var (code, stdout, _) = _data.Run("export", "--format", "geojson");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(3, features.Count);
        var sunan = features[0];
        Assert.Equal("Point", sunan.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal([125.67, 39.2], sunan.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        Assert.Equal(700, sunan.GetProperty("properties").GetProperty("range_km").GetDouble());
        Assert.Equal(1, sunan.GetProperty("properties").GetProperty("id").GetInt64());
        Assert.Equal(JsonValueKind.Null, features[2].GetProperty("geometry").ValueKind); // the undated event has no site
    }

    [Theory]
    [InlineData("csv", 4)] // header + three events, the unplaced one included
    [InlineData("json", 3)]
    [InlineData("geojson", 3)]
    public void Every_format_keeps_events_without_coordinates(string format, int expected)
    {
        var (code, _, _) = _data.Run("export", "--format", format, "--output", "out." + format);
        Assert.Equal(0, code);
        var text = File.ReadAllText(Path.Combine(_data.Dir, "out." + format));
        var count = format switch
        {
            "csv" => text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length,
            "json" => JsonDocument.Parse(text).RootElement.GetArrayLength(),
            _ => JsonDocument.Parse(text).RootElement.GetProperty("features").GetArrayLength(),
        };
        Assert.Equal(expected, count);
    }

    /// <summary>Event 1 (700 km, 50 km apogee, SRBM) is a depressed flight; event 2 has a range only; event 3 no figures.</summary>
    [Theory]
    [InlineData("export", 0, "depressed", 1491.9, 1384.3, 1500.3)]
    [InlineData("export", 1, null, null, null, null)]
    [InlineData("export", 2, null, null, null, null)]
    [InlineData("events", 0, "depressed", 1491.9, 1384.3, 1500.3)]
    public void Csv_and_json_carry_the_ballistics_estimate(string verb, int row, string? trajectory, double? standard, double? low, double? high)
    {
        var csv = _data.Run(verb, "--format", "csv").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = csv[0].Split(',');
        var cells = csv[row + 1].Split(',');
        string Cell(string name) => cells[Array.IndexOf(header, name)];
        Assert.Equal(trajectory ?? "", Cell("trajectory"));
        Assert.Equal(Text(standard), Cell("standard_range_km"));
        Assert.Equal(Text(low), Cell("standard_range_low_km"));
        Assert.Equal(Text(high), Cell("standard_range_high_km"));

        using var json = JsonDocument.Parse(_data.Run(verb, "--format", "json").Out);
        var e = json.RootElement[row];
        Assert.Equal(trajectory, e.GetProperty("trajectory").GetString());
        Assert.Equal(standard, Number(e.GetProperty("standard_range_km")));
        Assert.Equal(low, Number(e.GetProperty("standard_range_low_km")));
        Assert.Equal(high, Number(e.GetProperty("standard_range_high_km")));
    }

    [Fact]
    public void Geojson_properties_carry_the_ballistics_estimate()
    {
        using var json = JsonDocument.Parse(_data.Run("export", "--format", "geojson").Out);
        var p = json.RootElement.GetProperty("features")[0].GetProperty("properties");
        Assert.Equal("depressed", p.GetProperty("trajectory").GetString());
        Assert.Equal(1491.9, p.GetProperty("standard_range_km").GetDouble());
        Assert.Equal(["category", "range_km"], p.GetProperty("conflicts").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void Dates_are_the_contract_object_without_derived_fields()
    {
        using var json = JsonDocument.Parse(_data.Run("export", "--format", "json").Out);
        var date = json.RootElement[0].GetProperty("date");
        Assert.Equal(["earliest", "latest", "basis"], date.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Filters_apply_to_exports()
    {
        using var json = JsonDocument.Parse(_data.Run("export", "--format", "json", "--category", "cruise").Out);
        Assert.Equal(2, Assert.Single(json.RootElement.EnumerateArray()).GetProperty("id").GetInt64());
    }

    [Theory]
    [InlineData("--category", "laser", "--category")]
    [InlineData("--since", "someday", "--since")]
    [InlineData("--limit", "-1", "--limit")]
    public void Bad_filters_are_usage_errors_for_both_verbs(string option, string value, string expected)
    {
        foreach (var verb in new[] { "events", "export" })
        {
            var (code, _, stderr) = _data.Run(verb, "--format", "json", option, value);
            Assert.Equal(2, code);
            Assert.Contains(expected, stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Format_is_required()
    {
        var (code, _, stderr) = _data.Run("export");
        Assert.Equal(2, code);
        Assert.Contains("--format", stderr, StringComparison.Ordinal);
    }

    private static string Text(double? v) => v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static double? Number(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDouble();
}
