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
}
