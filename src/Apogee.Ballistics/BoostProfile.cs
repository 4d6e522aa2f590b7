namespace Apogee.Ballistics;

/// <summary>
/// The powered phase, reduced to stated parameters. A drag-free coast from a surface burnout underestimates
/// long-range missiles badly (20-40% for ICBMs): a lofted climb burns out hundreds of km up and, climbing near
/// vertically, loses more speed to gravity than a missile flying a standard trajectory. These numbers carry that.
/// </summary>
/// <param name="Name">Stable identifier used in JSON (snake_case).</param>
/// <param name="Stages">Number of powered stages the profile stands for.</param>
/// <param name="BurnTimeS">Total burn time of all stages (s).</param>
/// <param name="LoftedBurnoutAltitudeKm">Burnout altitude on a lofted (near-vertical) climb.</param>
/// <param name="LoftedBoostRangeKm">Ground distance covered while burning on a lofted climb.</param>
/// <param name="LoftedMeanSinGamma">Mean sine of the flight-path angle during a lofted burn (1 = vertical).</param>
/// <param name="StandardBurnoutAltitudeKm">Burnout altitude on a standard (minimum-energy) trajectory.</param>
/// <param name="StandardBoostRangeKm">Ground distance covered while burning on a standard trajectory.</param>
/// <param name="StandardMeanSinGamma">Mean sine of the flight-path angle during a standard (gravity-turn) burn.</param>
public sealed record BoostProfile(
    string Name,
    int Stages,
    double BurnTimeS,
    double LoftedBurnoutAltitudeKm,
    double LoftedBoostRangeKm,
    double LoftedMeanSinGamma,
    double StandardBurnoutAltitudeKm,
    double StandardBoostRangeKm,
    double StandardMeanSinGamma)
{
    /// <summary>No boost at all: burnout at the surface, at time zero. The textbook Keplerian case.</summary>
    public static BoostProfile Impulsive { get; } = new("impulsive", 0, 0, 0, 0, 1, 0, 0, 1);

    /// <summary>Short-range solid or liquid single stage (SRBM class): about a minute of burn, burnout a few tens of km up.</summary>
    public static BoostProfile ShortRange { get; } = new("short_range", 1, 60, 40, 10, 0.9, 25, 30, 0.6);

    /// <summary>Single-stage medium/intermediate-range missile (Nodong, Hwasong-12 class): about 140 s of burn.</summary>
    public static BoostProfile SingleStage { get; } = new("single_stage", 1, 140, 200, 50, 0.9, 120, 150, 0.6);

    /// <summary>Two-stage ICBM (Hwasong-14/15 class): about 270 s of total burn, lofted burnout ~400 km up.</summary>
    public static BoostProfile TwoStage { get; } = new("two_stage", 2, 270, 400, 100, 0.9, 200, 350, 0.6);

    /// <summary>
    /// Speed a lofted burn loses to gravity beyond what a standard burn of the same motor loses (m/s):
    /// g0 * burn time * (mean sin gamma lofted - mean sin gamma standard). Same motor, same ideal delta-v,
    /// so the standard burnout speed is the lofted one plus this.
    /// </summary>
    public double ExtraGravityLossWhenLofted =>
        PhysicalConstants.StandardGravity * BurnTimeS * (LoftedMeanSinGamma - StandardMeanSinGamma);

    /// <summary>
    /// The same profile with its uncertain parts scaled: the lofted-minus-standard gravity-loss difference by
    /// <paramref name="gravityLossFactor"/> and both burnout altitudes by <paramref name="altitudeFactor"/>.
    /// </summary>
    public BoostProfile Varied(double gravityLossFactor, double altitudeFactor) => this with
    {
        LoftedMeanSinGamma = StandardMeanSinGamma + ((LoftedMeanSinGamma - StandardMeanSinGamma) * gravityLossFactor),
        LoftedBurnoutAltitudeKm = LoftedBurnoutAltitudeKm * altitudeFactor,
        StandardBurnoutAltitudeKm = StandardBurnoutAltitudeKm * altitudeFactor,
    };
}
