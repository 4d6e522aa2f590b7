using FsCheck;
using FsCheck.Fluent;

namespace Apogee.Ballistics.Tests;

/// <summary>Properties of the drag-free model checked over random inputs (FsCheck, called from plain facts).</summary>
public class PropertyTests
{
    private const double Re = PhysicalConstants.EarthRadius;

    private static Arbitrary<(int A, int B)> Pairs(int lo, int hi) =>
        (from a in Gen.Choose(lo, hi) from b in Gen.Choose(lo, hi) where a != b select (Math.Min(a, b), Math.Max(a, b))).ToArbitrary();

    [Fact]
    public void Range_grows_with_burnout_speed()
    {
        // Speeds in m/s from 500 m/s to 7.2 km/s (below circular speed at 200 km).
        Prop.ForAll(Pairs(500, 7200), p =>
        {
            var slow = FlightSolver.StandardRange(BoostProfile.SingleStage, p.A).RangeKm;
            var fast = FlightSolver.StandardRange(BoostProfile.SingleStage, p.B).RangeKm;
            return fast > slow;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Minimum_energy_apogee_is_a_quarter_of_short_ranges()
    {
        Prop.ForAll(Gen.Choose(10, 300).ToArbitrary(), km =>
        {
            var ratio = FlightSolver.MinimumEnergy(km)!.ApogeeAltitudeM / 1000 / km;
            return ratio is > 0.24 and <= 0.25;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Minimum_energy_apogee_to_range_ratio_falls_with_range()
    {
        Prop.ForAll(Pairs(50, 19000), p =>
        {
            var shortRatio = FlightSolver.MinimumEnergy(p.A)!.ApogeeAltitudeM / 1000 / p.A;
            var longRatio = FlightSolver.MinimumEnergy(p.B)!.ApogeeAltitudeM / 1000 / p.B;
            return longRatio < shortRatio;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Time_of_flight_grows_with_apogee_at_fixed_range()
    {
        var gen = from range in Gen.Choose(100, 10000)
                  from a in Gen.Choose(20, 8000)
                  from b in Gen.Choose(20, 8000)
                  where a != b
                  select (Range: range, Low: Math.Min(a, b), High: Math.Max(a, b));
        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var low = Kepler.Inverse(Re, Re + (c.Low * 1000.0), c.Range * 1000.0 / Re);
            var high = Kepler.Inverse(Re, Re + (c.High * 1000.0), c.Range * 1000.0 / Re);
            return low is not null && high is not null && high.CoastTimeS > low.CoastTimeS;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Forward_then_inverted_gives_back_its_inputs()
    {
        // Burnout altitude 0-500 km, speed 1-7 km/s, flight-path angle 5-85 degrees.
        var gen = from alt in Gen.Choose(0, 500)
                  from speed in Gen.Choose(1000, 7000)
                  from deg in Gen.Choose(5, 85)
                  select (Alt: alt * 1000.0, Speed: (double)speed, Gamma: deg * Math.PI / 180);
        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var forward = Kepler.Forward(Re + c.Alt, c.Speed, c.Gamma);
            if (forward is null)
            {
                return true; // no arc to invert (e.g. orbital from high up)
            }

            var back = Kepler.Inverse(Re + c.Alt, forward.ApogeeRadiusM, forward.GroundAngleRad);
            return back is not null
                && Math.Abs(back.BurnoutSpeedMs - c.Speed) < 1e-3 * c.Speed
                && Math.Abs(back.FlightPathAngleRad - c.Gamma) < 1e-4;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Analyzer_never_throws_on_any_numbers()
    {
        var gen = from a in Gen.Elements<double?>(null, -1, 0, 0.5, 50, 900, 6000, 50000, double.NaN, double.PositiveInfinity)
                  from r in Gen.Elements<double?>(null, -3, 0, 1, 300, 1000, 13000, 21000, double.NaN)
                  from t in Gen.Elements<double?>(null, 0, 5, 70, double.NaN)
                  from m in Gen.Elements<double?>(null, -2, 10, 30)
                  select new BallisticsInput(a, r, t, m);
        Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var result = BallisticsAnalyzer.Analyze(input);
            return result.Status is "ok" or "partial" or "insufficient_data" && (result.Status == "ok") == (result.StandardRangeKm is not null);
        }).QuickCheckThrowOnFailure();
    }
}
