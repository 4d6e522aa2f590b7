using FsCheck;
using FsCheck.Fluent;

namespace Apogee.Ballistics.Tests;

/// <summary>Properties the standard-range estimate must keep over random flights (FsCheck, called from plain facts).</summary>
public class StandardRangePropertyTests
{
    private static BallisticsAnalysis Analyze(double apogee, double range, string? cls = "ICBM", double? lat = null, double? bearing = null, bool rotation = false) =>
        BallisticsAnalyzer.Analyze(
            new BallisticsInput(apogee, range, LaunchLatDeg: lat, LaunchLonDeg: lat is null ? null : 126.0, BearingDeg: bearing, ClassHint: cls),
            BallisticsOptions.Default with { IncludeEarthRotation = rotation });

    [Fact]
    public void Lofted_standard_range_never_falls_as_the_apogee_rises_at_a_fixed_range()
    {
        // Range 300-1,500 km, apogees from just lofted (2.5 x the minimum-energy apogee) to 8,000 km; stated class.
        var gen = from range in Gen.Choose(300, 1500)
                  from a in Gen.Choose(0, 1000)
                  from b in Gen.Choose(0, 1000)
                  where a != b
                  from cls in Gen.Elements("IRBM", "ICBM")
                  select (Range: range, Low: Math.Min(a, b), High: Math.Max(a, b), Class: cls);
        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var floor = FlightSolver.MinimumEnergy(c.Range)!.ApogeeAltitudeM / 1000 * 2.5;
            double Apogee(int step) => floor + ((8000 - floor) * step / 1000.0);
            var low = Analyze(Apogee(c.Low), c.Range, c.Class);
            var high = Analyze(Apogee(c.High), c.Range, c.Class);
            return low.StandardRangeKm is { } l && high.StandardRangeKm is { } h && h >= l;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_standard_range_and_its_band_are_never_below_the_flown_range()
    {
        // Any trajectory class, any profile (stated or chosen), with or without rotation.
        var gen = from range in Gen.Choose(50, 12000)
                  from apogee in Gen.Choose(20, 8000)
                  from cls in Gen.Elements<string?>(null, "SRBM", "MRBM", "IRBM", "ICBM")
                  from bearing in Gen.Choose(0, 359)
                  from rotation in Gen.Elements(false, true)
                  select (Range: range, Apogee: apogee, Class: cls, Bearing: bearing, Rotation: rotation);
        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var a = Analyze(c.Apogee, c.Range, c.Class, 39.0, c.Bearing, c.Rotation);
            return a.StandardRangeKm is not { } s || (s >= c.Range && a.StandardRangeLowKm >= c.Range && a.StandardRangeHighKm >= s);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Without_rotation_the_azimuth_changes_nothing()
    {
        var gen = from range in Gen.Choose(300, 1500)
                  from apogee in Gen.Choose(500, 6000)
                  from a in Gen.Choose(0, 359)
                  from b in Gen.Choose(0, 359)
                  select (Range: range, Apogee: apogee, A: a, B: b);
        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var first = Analyze(c.Apogee, c.Range, "ICBM", 39.0, c.A);
            var second = Analyze(c.Apogee, c.Range, "ICBM", 39.0, c.B);
            return first.StandardRangeKm == second.StandardRangeKm && first.StandardRangeHighKm == second.StandardRangeHighKm;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void With_rotation_east_beats_west_and_mirrored_azimuths_agree()
    {
        // Rotation adds w R cos(lat) sin(azimuth): east (sin > 0) gains, west loses, az and 180 - az are the same.
        var gen = from range in Gen.Choose(300, 1200)
                  from apogee in Gen.Choose(500, 3000)
                  from az in Gen.Choose(10, 80)
                  select (Range: range, Apogee: apogee, Az: az);
        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var east = Analyze(c.Apogee, c.Range, "IRBM", 39.0, c.Az, rotation: true).StandardRangeKm!.Value;
            var mirrored = Analyze(c.Apogee, c.Range, "IRBM", 39.0, 180 - c.Az, rotation: true).StandardRangeKm!.Value;
            var west = Analyze(c.Apogee, c.Range, "IRBM", 39.0, 360 - c.Az, rotation: true).StandardRangeKm!.Value;
            return east > west && Math.Abs(east - mirrored) < 0.2;
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>The shipped sharpness (k = 13, docs/BALLISTICS.md 4b).</summary>
    private static readonly double K = BallisticsOptions.Default.CeilingSharpness;

    [Theory]
    [InlineData(5000, 7700, 4998.6)]     // far below the ceiling: 1.4 m/s off
    [InlineData(7700, 7700, 7300.2)]     // at the ceiling: 2^(-1/13) of it
    [InlineData(9000, 7700, 7627.1)]     // above: held under the ceiling
    public void The_soft_ceiling_leaves_slow_missiles_alone_and_holds_fast_ones_under_it(double speed, double ceiling, double expected)
    {
        Assert.Equal(expected, FlightSolver.SoftMinimum(speed, ceiling, K), 0.1);
    }

    [Fact]
    public void The_soft_ceiling_rises_with_speed_and_stays_under_the_ceiling()
    {
        Prop.ForAll(Gen.Choose(1000, 12000).Two().ToArbitrary(), p =>
        {
            var (a, b) = (Math.Min(p.Item1, p.Item2), Math.Max(p.Item1, p.Item2));
            var sa = FlightSolver.SoftMinimum(a, 7700, K);
            var sb = FlightSolver.SoftMinimum(b, 7700, K);
            return sa <= sb && sb < 7700 && (a == b || sa < sb);
        }).QuickCheckThrowOnFailure();
    }
}
