using Apogee.Ballistics;
using Apogee.Core.Model;

namespace Apogee.Reporting.Tests;

public sealed class EventBallisticsTests
{
    [Theory]
    [InlineData("east", 90.0)]
    [InlineData("ENE", 67.5)]
    [InlineData("northeast", 45.0)]
    [InlineData(null, null)]
    [InlineData("towards the sea", null)]
    public void Direction_becomes_the_bearing(string? direction, double? bearing) =>
        Assert.Equal(bearing, EventBallistics.Input(Events.Flat with { Direction = direction }).BearingDeg);

    [Fact]
    public void Figures_site_and_hints_are_carried_over()
    {
        var input = EventBallistics.Input(Events.Flat with { SpeedMach = 6, FlightTimeMin = 9 });
        Assert.Equal(new BallisticsInput(50, 700, 9, 6, 39.5, 125.5, 90, "SRBM", "ballistic"), input);
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData(700.0, null, true)]
    [InlineData(null, 50.0, true)]
    public void Events_without_range_or_apogee_have_no_analysis(double? range, double? apogee, bool analysed) =>
        Assert.Equal(analysed, EventBallistics.Analyze(new LaunchEvent { RangeKm = range, ApogeeKm = apogee }) is not null);

    [Fact]
    public void A_placed_event_with_a_direction_gets_an_impact_point_east_of_the_site()
    {
        var a = EventBallistics.Analyze(Events.Flat)!;
        Assert.Equal(TrajectoryClass.Depressed, a.Trajectory);
        Assert.NotNull(a.ImpactPoint);
        Assert.InRange(a.ImpactPoint!.LonDeg, 125.5 + 7, 125.5 + 10);
    }

    [Theory]
    [InlineData(TrajectoryClass.Lofted, "lofted")]
    [InlineData(TrajectoryClass.MinimumEnergy, "minimum_energy")]
    [InlineData(TrajectoryClass.Depressed, "depressed")]
    [InlineData(null, null)]
    public void Trajectory_names_match_the_analysis_json(TrajectoryClass? t, string? name) =>
        Assert.Equal(name, EventBallistics.TrajectoryName(t));
}
