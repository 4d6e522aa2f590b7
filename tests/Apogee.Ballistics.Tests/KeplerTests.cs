namespace Apogee.Ballistics.Tests;

public class KeplerTests
{
    private const double Re = PhysicalConstants.EarthRadius;

    /// <summary>Closed form of the surface-to-surface minimum-energy trajectory (e.g. Wheelon 1959).</summary>
    private static (double Speed, double Gamma, double Apogee) ClosedFormMinimumEnergy(double psi)
    {
        var s = Math.Sin(psi / 2);
        var nu = 2 * s / (1 + s);
        var speed = Math.Sqrt(nu * PhysicalConstants.EarthMu / Re);
        var gamma = (Math.PI / 4) - (psi / 4);
        var arc = Kepler.Forward(Re, speed, gamma)!;
        return (speed, gamma, arc.ApogeeAltitudeM);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(1000)]
    [InlineData(3000)]
    [InlineData(8000)]
    [InlineData(13000)]
    public void Minimum_energy_search_matches_the_closed_form(double rangeKm)
    {
        var psi = rangeKm * 1000 / Re;
        var (speed, gamma, apogee) = ClosedFormMinimumEnergy(psi);
        var arc = Kepler.MinimumEnergy(Re, psi)!;
        Assert.Equal(speed, arc.BurnoutSpeedMs, speed * 1e-6);
        Assert.Equal(gamma, arc.FlightPathAngleRad, 1e-3);
        Assert.Equal(apogee, arc.ApogeeAltitudeM, apogee * 1e-4);
        Assert.Equal(psi, arc.GroundAngleRad, 1e-9);
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
    [InlineData(0, 12_000, 0.5)] // escapes: above escape speed
    [InlineData(0, 7_000, 1e-9)] // almost horizontal from the surface at 7 km/s: still lands, so not null
    [InlineData(500_000, 7_600, 0.01)] // near-circular at 500 km: never comes down
    [InlineData(0, -5, 0.5)]
    [InlineData(0, double.NaN, 0.5)]
    public void Forward_returns_null_when_there_is_no_suborbital_arc(double burnoutAltitudeM, double speed, double gamma)
    {
        var arc = Kepler.Forward(Re + burnoutAltitudeM, speed, gamma);
        if (speed == 7_000 && burnoutAltitudeM == 0)
        {
            Assert.NotNull(arc);
        }
        else
        {
            Assert.Null(arc);
        }
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
