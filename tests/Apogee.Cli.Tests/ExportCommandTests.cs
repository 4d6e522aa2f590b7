using System.Text.Json;

namespace Apogee.Cli.Tests;

public sealed class ExportCommandTests : IDisposable
{
    private readonly EventsTestData _data = new EventsTestData().Seed();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Geojson_places_events_at_their_sites_and_omits_unplaced_ones()
    {
        var (code, stdout, _) = _data.Run("export", "--format", "geojson");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(2, features.Count); // the undated event has no site
        var sunan = features[0];
        Assert.Equal("Point", sunan.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal([125.67, 39.2], sunan.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        Assert.Equal(700, sunan.GetProperty("properties").GetProperty("range_km").GetDouble());
        Assert.Equal(1, sunan.GetProperty("properties").GetProperty("id").GetInt64());
    }

    [Theory]
    [InlineData("csv", 4)] // header + three events, the unplaced one included
    [InlineData("json", 3)]
    public void Csv_and_json_keep_events_without_coordinates(string format, int expected)
    {
        var (code, _, _) = _data.Run("export", "--format", format, "--output", "out." + format);
        Assert.Equal(0, code);
        var text = File.ReadAllText(Path.Combine(_data.Dir, "out." + format));
        var count = format == "csv"
            ? text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length
            : JsonDocument.Parse(text).RootElement.GetArrayLength();
        Assert.Equal(expected, count);
    }

    [Fact]
    public void Filters_apply_to_exports()
    {
        using var json = JsonDocument.Parse(_data.Run("export", "--format", "json", "--category", "cruise").Out);
        Assert.Equal(2, Assert.Single(json.RootElement.EnumerateArray()).GetProperty("id").GetInt64());
    }

    [Fact]
    public void Format_is_required()
    {
        var (code, _, stderr) = _data.Run("export");
        Assert.Equal(2, code);
        Assert.Contains("--format", stderr, StringComparison.Ordinal);
    }
}
