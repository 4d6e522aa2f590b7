using System.Text.Json;
using Apogee.Core.Model;

namespace Apogee.Reporting.Tests;

public sealed class EventGeoJsonTests
{
    [Fact]
    public void Every_event_is_a_feature_placed_in_lon_lat_order_or_with_null_geometry()
    {
        using var doc = JsonDocument.Parse(EventGeoJson.Write([Events.Stored(1, Events.Flat), Events.Stored(2, new LaunchEvent())]));
        var features = doc.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(2, features.Count);
        Assert.Equal([125.5, 39.5], features[0].GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        Assert.Equal(JsonValueKind.Null, features[1].GetProperty("geometry").ValueKind);
        Assert.Equal(2, features[1].GetProperty("id").GetInt64());
    }

    [Fact]
    public void Properties_are_the_csv_columns_typed()
    {
        using var doc = JsonDocument.Parse(EventGeoJson.Write([Events.Stored(1, Events.Flat, documents: ["x", "y"])]));
        var p = doc.RootElement.GetProperty("features")[0].GetProperty("properties");
        Assert.Equal(ExportColumns.All.Select(c => c.Name), p.EnumerateObject().Select(o => o.Name));
        Assert.Equal("depressed", p.GetProperty("trajectory").GetString());
        Assert.Equal(JsonValueKind.Number, p.GetProperty("standard_range_km").ValueKind);
        Assert.Equal(["x", "y"], p.GetProperty("documents").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(JsonValueKind.Null, p.GetProperty("missile_name").ValueKind);
    }

    [Fact]
    public void Json_objects_carry_the_estimate_and_dates_without_derived_fields()
    {
        var o = EventJson.Object(Events.Stored(1, Events.Flat));
        Assert.Equal("depressed", (string?)o["trajectory"]);
        Assert.NotNull(o["standard_range_km"]);
        Assert.Equal(["earliest", "latest", "basis"], o["date"]!.AsObject().Select(p => p.Key));
        Assert.Null(EventJson.Object(Events.Stored(2, new LaunchEvent()))["trajectory"]);
    }
}
