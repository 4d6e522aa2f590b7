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
    /// <paramref name="extraStandardSpeedMs"/> is added to the standard burnout speed (Earth rotation, when used);
    /// <paramref name="ceilingShift"/> moves the ceiling fraction (the band's spread).
    /// </summary>
    public static FlightSolution? Solve(
        double apogeeKm,
        double rangeKm,
        TrajectoryClass trajectory,
        BoostProfile profile,
        BallisticsOptions options,
        double extraStandardSpeedMs = 0,
        double ceilingShift = 0)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(options);
        var lofted = trajectory == TrajectoryClass.Lofted;
        var burnoutKm = Math.Min(lofted ? profile.LoftedBurnoutAltitudeKm : profile.StandardBurnoutAltitudeKm, apogeeKm * options.MaxBurnoutAltitudeFraction);
        var boostKm = Math.Min(lofted ? profile.LoftedBoostRangeKm : profile.StandardBoostRangeKm, rangeKm * options.MaxBoostRangeFraction);
        var coast = Kepler.Inverse(Re + (burnoutKm * Km), Re + (apogeeKm * Km), (rangeKm - boostKm) * Km / Re);
        if (coast is null)
        {
            return null;
        }

        // Same motor, same ideal delta-v: a standard flight keeps the speed a steep climb gives to gravity.
        var sameMotor = coast.BurnoutSpeedMs + (lofted ? profile.ExtraGravityLossWhenLofted : 0);

        // Published estimates assume a realistic warhead, not the (often light) test payload: the motor's own
        // standard burnout speed is held under a ceiling, a fixed fraction of circular speed at the standard
        // burnout altitude (see SoftMinimum). The Earth's rotation is added after it: the ground's speed, not the motor's.
        var standardRadius = Re + (profile.StandardBurnoutAltitudeKm * Km);
        var ceiling = (options.StandardSpeedCeilingFraction + ceilingShift) * Math.Sqrt(PhysicalConstants.EarthMu / standardRadius);
        var capped = SoftMinimum(sameMotor, ceiling, options.CeilingSharpness);
        var standardSpeed = capped + extraStandardSpeedMs;
        var (standardRange, global) = StandardRange(profile, standardSpeed);

        // A missile that flew a range can fly at least that far (a depressed or short flight's arc can model less).
        var floored = standardRange < rangeKm;
        standardRange = Math.Max(standardRange, rangeKm);
        return new FlightSolution(profile, coast, burnoutKm, boostKm, profile.BurnTimeS + coast.CoastTimeS, standardSpeed, standardRange, global)
        {
            SameMotorSpeedMs = sameMotor,
            CeilingMs = ceiling,
            RotationSpeedMs = extraStandardSpeedMs,
            FlooredAtFlownRange = floored,
        };
    }

    /// <summary>
    /// A smooth minimum of a speed and its ceiling, (v^-k + c^-k)^(-1/k): equal to v far below the ceiling (an
    /// IRBM's 5.7 km/s loses under 10 m/s to a 7.7 km/s ceiling at k = 13), never above it, and strictly rising in
    /// v, so the standard range stays monotone in apogee while a near-orbital lofted burnout no longer turns into
    /// "any point on Earth".
    /// </summary>
    public static double SoftMinimum(double speedMs, double ceilingMs, double sharpness)
    {
        if (speedMs <= 0 || ceilingMs <= 0 || sharpness <= 0)
        {
            return Math.Max(0, Math.Min(speedMs, ceilingMs));
        }

        // Scaled by the ceiling so the powers stay near 1 (no overflow for any k).
        var x = speedMs / ceilingMs;
        return ceilingMs * Math.Pow(Math.Pow(x, -sharpness) + 1, -1 / sharpness);
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
    /// Lowest and highest standard range (km) over the boost profile's uncertain parts (gravity loss, burnout
    /// altitudes and the standard-speed ceiling, each at the low and high end of their stated spread): how much the answer rests on the assumptions.
    /// </summary>
    public static (double LowKm, double HighKm)? StandardRangeBand(
        double apogeeKm, double rangeKm, TrajectoryClass trajectory, BoostProfile profile, BallisticsOptions options, double extraStandardSpeedMs = 0)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(options);
        var ranges = new List<double>(8);
        foreach (var g in new[] { 1 - options.GravityLossSpread, 1 + options.GravityLossSpread })
        {
            foreach (var a in new[] { 1 - options.BurnoutAltitudeSpread, 1 + options.BurnoutAltitudeSpread })
            {
                foreach (var c in new[] { -options.CeilingSpread, options.CeilingSpread })
                {
                    if (Solve(apogeeKm, rangeKm, trajectory, profile.Varied(g, a), options, extraStandardSpeedMs, c) is { } s)
                    {
                        ranges.Add(s.StandardRangeKm);
                    }
                }
            }
        }

        // A missile that flew a range can fly at least that far: the band never starts below the flown range.
        return ranges.Count == 0 ? null : (Math.Max(rangeKm, ranges.Min()), Math.Max(rangeKm, ranges.Max()));
    }
}
