namespace Apogee.Ballistics;

/// <summary>
/// Composes boost assumptions with the Keplerian coast: reported apogee and range to burnout speed, and burnout
/// speed to standard range. Lengths in km at the edges, SI inside.
/// </summary>
public static class FlightSolver
{
    private const double Km = PhysicalConstants.MetresPerKilometre;
    private const double Re = PhysicalConstants.EarthRadius;

    /// <summary>Half the Earth's circumference (km): the farthest any point can be.</summary>
    public static double GlobalRangeKm => Math.PI * Re / Km;

    /// <summary>Minimum-energy coast from the surface to the surface over a ground range (the textbook reference).</summary>
    public static KeplerArc? MinimumEnergy(double rangeKm) => Kepler.MinimumEnergy(Re, rangeKm * Km / Re);

    /// <summary>
    /// The flight as flown: burnout at the profile's altitude for its class (lofted or standard), clamped so that
    /// short or flat flights keep burnout below the apogee and the boost inside the range; then the standard range.
    /// <paramref name="extraStandardSpeedMs"/> is added to the standard burnout speed (Earth rotation, when used).
    /// </summary>
    public static FlightSolution? Solve(
        double apogeeKm,
        double rangeKm,
        TrajectoryClass trajectory,
        BoostProfile profile,
        BallisticsOptions options,
        double extraStandardSpeedMs = 0)
    {
        var lofted = trajectory == TrajectoryClass.Lofted;
        var burnoutKm = Math.Min(lofted ? profile.LoftedBurnoutAltitudeKm : profile.StandardBurnoutAltitudeKm, apogeeKm * options.MaxBurnoutAltitudeFraction);
        var boostKm = Math.Min(lofted ? profile.LoftedBoostRangeKm : profile.StandardBoostRangeKm, rangeKm * options.MaxBoostRangeFraction);
        var coast = Kepler.Inverse(Re + (burnoutKm * Km), Re + (apogeeKm * Km), (rangeKm - boostKm) * Km / Re);
        if (coast is null)
        {
            return null;
        }

        // Same motor, same ideal delta-v: a standard flight keeps the speed a steep climb gives to gravity.
        var standardSpeed = coast.BurnoutSpeedMs + (lofted ? profile.ExtraGravityLossWhenLofted : 0) + extraStandardSpeedMs;
        var (standardRange, global) = StandardRange(profile, standardSpeed);
        return new FlightSolution(profile, coast, burnoutKm, boostKm, profile.BurnTimeS + coast.CoastTimeS, standardSpeed, standardRange, global);
    }

    /// <summary>Range (km) of a burnout speed on the best trajectory from the profile's standard burnout point, plus its boost range.</summary>
    public static (double RangeKm, bool Global) StandardRange(BoostProfile profile, double burnoutSpeedMs)
    {
        var best = Kepler.MaximumRange(Re + (profile.StandardBurnoutAltitudeKm * Km), burnoutSpeedMs);
        if (best is null || best.GroundAngleRad >= Math.PI - 1e-6)
        {
            return (GlobalRangeKm, true);
        }

        var range = (best.GroundRangeM / Km) + profile.StandardBoostRangeKm;
        return range >= GlobalRangeKm ? (GlobalRangeKm, true) : (range, false);
    }

    /// <summary>
    /// Altitude along the ground from launch to impact: a straight climb to the burnout point over the boost
    /// ground distance (the boost's shape is not modelled), then the Keplerian coast.
    /// </summary>
    public static IReadOnlyList<ProfilePoint> AltitudeProfile(FlightSolution solution, double rangeKm, int segments)
    {
        ArgumentNullException.ThrowIfNull(solution);
        var n = Math.Max(2, segments);
        var points = new List<ProfilePoint>(n + 1);
        for (var i = 0; i <= n; i++)
        {
            var d = rangeKm * i / n;
            double altitudeKm;
            if (d < solution.BoostRangeKm)
            {
                altitudeKm = solution.BurnoutAltitudeKm * d / solution.BoostRangeKm;
            }
            else
            {
                var r = solution.Coast.RadiusAfter((d - solution.BoostRangeKm) * Km / Re);
                altitudeKm = Math.Max(0, (r - Re) / Km);
            }

            points.Add(new ProfilePoint(
                Math.Round(d, 1, MidpointRounding.AwayFromZero),
                Math.Round(i == n ? 0 : altitudeKm, 1, MidpointRounding.AwayFromZero)));
        }

        return points;
    }

    /// <summary>
    /// Lowest and highest standard range (km) over the boost profile's uncertain parts (gravity loss and burnout
    /// altitudes, each at the low and high end of their stated spread): how much the answer rests on the assumptions.
    /// </summary>
    public static (double LowKm, double HighKm)? StandardRangeBand(
        double apogeeKm, double rangeKm, TrajectoryClass trajectory, BoostProfile profile, BallisticsOptions options, double extraStandardSpeedMs = 0)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(options);
        var ranges = new List<double>(4);
        foreach (var g in new[] { 1 - options.GravityLossSpread, 1 + options.GravityLossSpread })
        {
            foreach (var a in new[] { 1 - options.BurnoutAltitudeSpread, 1 + options.BurnoutAltitudeSpread })
            {
                if (Solve(apogeeKm, rangeKm, trajectory, profile.Varied(g, a), options, extraStandardSpeedMs) is { } s)
                {
                    ranges.Add(s.StandardRangeKm);
                }
            }
        }

        return ranges.Count == 0 ? null : (ranges.Min(), ranges.Max());
    }
}
