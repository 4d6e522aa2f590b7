using System.Text.Json;

namespace Apogee.Ballistics.Tests;

public class JsonShapeTests
{
    [Fact]
    public void The_contract_fields_are_snake_case_and_always_present()
    {
        using var doc = JsonDocument.Parse(BallisticsJson.Serialize(BallisticsAnalyzer.Analyze(new BallisticsInput(2111.5, 787, 30))));
        var root = doc.RootElement;
        Assert.Equal("lofted", root.GetProperty("trajectory").GetString());
        foreach (var key in new[] { "standard_range_km", "min_energy_apogee_km", "flight_time_min", "burnout_speed_km_s" })
        {
            Assert.Equal(JsonValueKind.Number, root.GetProperty(key).ValueKind);
        }

        Assert.Equal("high", root.GetProperty("confidence").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("notes").ValueKind);
        var assumptions = root.GetProperty("assumptions");
        foreach (var key in new[] { "flown_burnout_altitude_km", "standard_burnout_altitude_km", "same_motor_speed_km_s", "speed_ceiling_km_s", "rotation_speed_km_s" })
        {
            Assert.Equal(JsonValueKind.Number, assumptions.GetProperty(key).ValueKind);
        }

        Assert.Equal(JsonValueKind.String, assumptions.GetProperty("payload").ValueKind);
        Assert.False(assumptions.GetProperty("earth_rotation").GetBoolean());
        Assert.Equal(JsonValueKind.Null, assumptions.GetProperty("azimuth_deg").ValueKind);
    }

    [Theory]
    [InlineData(100, 350, "minimum_energy")]
    [InlineData(50, 420, "depressed")]
    public void Trajectory_values_are_the_documented_words(double apogee, double range, string word)
    {
        using var doc = JsonDocument.Parse(BallisticsJson.Serialize(BallisticsAnalyzer.Analyze(new BallisticsInput(apogee, range))));
        Assert.Equal(word, doc.RootElement.GetProperty("trajectory").GetString());
    }

    [Fact]
    public void Insufficient_data_keeps_the_shape_with_nulls()
    {
        using var doc = JsonDocument.Parse(BallisticsJson.Serialize(BallisticsAnalyzer.Analyze(new BallisticsInput(ApogeeKm: 500))));
        var root = doc.RootElement;
        Assert.Equal("insufficient_data", root.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("trajectory").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("standard_range_km").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("assumptions").ValueKind);
        Assert.Equal("none", root.GetProperty("confidence").GetString());
    }
}
