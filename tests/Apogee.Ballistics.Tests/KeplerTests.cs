namespace Apogee.Ballistics.Tests;

public class KeplerTests
{
    private const double Re = PhysicalConstants.EarthRadius;

    [Theory]
    [InlineData(300)]
    [InlineData(1000)]
    [InlineData(3000)]
    [InlineData(8000)]
    [InlineData(13000)]
    public void Surface_minimum_energy_is_the_best_range_of_its_speed(double rangeKm)
    {
        var psi = rangeKm * 1000 / Re;
        var arc = Kepler.MinimumEnergy(Re, psi)!;
        Assert.Equal(psi, arc.GroundAngleRad, 1e-9);

        // Independent of the closed form used: a brute search over angles finds the same best range ...
        Assert.Equal(psi, Kepler.MaximumRange(Re, arc.BurnoutSpeedMs)!.GroundAngleRad, 1e-6);

        // ... and the geometry of the minimum-energy ellipse (empty focus at the chord's midpoint,
        // a = R (1 + sin(psi/2)) / 2) gives its apogee: R (sin(psi/2) + cos(psi/2) - 1) / 2.
        var expected = Re * (Math.Sin(psi / 2) + Math.Cos(psi / 2) - 1) / 2;
        Assert.Equal(expected, arc.ApogeeAltitudeM, expected * 1e-9);
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(8000)]
    public void Minimum_energy_from_altitude_is_the_best_range_of_its_speed(double rangeKm)
    {
        // Above the surface the search is used: its speed must carry exactly that far at best, and no less.
        var rb = Re + 150_000;
        var psi = rangeKm * 1000 / Re;
        var arc = Kepler.MinimumEnergy(rb, psi)!;
        Assert.Equal(psi, arc.GroundAngleRad, 1e-6);
        Assert.Equal(psi, Kepler.MaximumRange(rb, arc.BurnoutSpeedMs)!.GroundAngleRad, 1e-6);
        Assert.True(Kepler.MaximumRange(rb, arc.BurnoutSpeedMs * 0.999)!.GroundAngleRad < psi);
    }

    [Theory]
    [InlineData(0, 3000, 45)]
    [InlineData(0, 7000, 30)]
    [InlineData(200_000, 6000, 70)]
    [InlineData(400_000, 6500, 80)]
    public void Forward_then_inverse_gives_back_speed_and_angle(double burnoutAltitudeM, double speed, double gammaDeg)
    {
        var forward = Kepler.Forward(Re + burnoutAltitudeM, speed, gammaDeg * Math.PI / 180)!;
        var back = Kepler.Inverse(Re + burnoutAltitudeM, forward.ApogeeRadiusM, forward.GroundAngleRad)!;
        Assert.Equal(speed, back.BurnoutSpeedMs, 1e-3);
        Assert.Equal(gammaDeg, back.FlightPathAngleRad * 180 / Math.PI, 1e-5);
        Assert.Equal(forward.CoastTimeS, back.CoastTimeS, 1e-3);
    }

    [Fact]
    public void Energy_is_conserved_between_burnout_and_impact()
    {
        var arc = Kepler.Forward(Re + 300_000, 6000, 0.6)!;
        var burnout = (arc.BurnoutSpeedMs * arc.BurnoutSpeedMs / 2) - (PhysicalConstants.EarthMu / arc.BurnoutRadiusM);
        var impact = (arc.ImpactSpeedMs * arc.ImpactSpeedMs / 2) - (PhysicalConstants.EarthMu / Re);
        Assert.Equal(burnout, impact, Math.Abs(burnout) * 1e-9);
    }

    [Theory]
    [InlineData(0, 12_000, 0.5)] // above escape speed
    [InlineData(500_000, 7_600, 0.01)] // near-circular at 500 km: never comes down
    [InlineData(0, -5, 0.5)]
    [InlineData(0, double.NaN, 0.5)]
    [InlineData(0, 3_000, 0)] // horizontal from the surface: no arc above it
    public void Forward_returns_null_when_there_is_no_suborbital_arc(double burnoutAltitudeM, double speed, double gamma) =>
        Assert.Null(Kepler.Forward(Re + burnoutAltitudeM, speed, gamma));

    [Fact]
    public void A_nearly_horizontal_surface_shot_below_orbital_speed_lands_at_once()
    {
        // Below circular speed a horizontal shot starts at the top of its orbit: it comes straight back down.
        var arc = Kepler.Forward(Re, 7_000, 1e-6);
        Assert.NotNull(arc);
        Assert.True(arc.GroundAngleRad < 1e-4, $"swept {arc.GroundAngleRad} rad");
        Assert.True(arc.ApogeeAltitudeM < 1, $"apogee {arc.ApogeeAltitudeM} m");
    }

    [Theory]
    [InlineData(100, 0)] // no range
    [InlineData(100, 3.2)] // beyond the antipode
    [InlineData(-5, 0.1)] // apogee below the surface
    public void Inverse_returns_null_for_impossible_requests(double apogeeKm, double groundAngle)
    {
        Assert.Null(Kepler.Inverse(Re, Re + (apogeeKm * 1000), groundAngle));
    }

    [Fact]
    public void Vertical_flight_time_matches_free_fall_for_a_low_apogee()
    {
        // 10 km apogee over 100 m: nearly vertical, so time is about 2 * sqrt(2h/g).
        var arc = Kepler.Inverse(Re, Re + 10_000, 100.0 / Re)!;
        var expected = 2 * Math.Sqrt(2 * 10_000 / (PhysicalConstants.EarthMu / (Re * Re)));
        Assert.Equal(expected, arc.CoastTimeS, expected * 0.01);
    }
}
