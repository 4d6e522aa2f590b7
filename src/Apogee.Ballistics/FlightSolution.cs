namespace Apogee.Ballistics;

/// <summary>The modelled flight behind a reported apogee and range, and what its motor would do on a standard trajectory.</summary>
/// <param name="Profile">Boost assumptions used.</param>
/// <param name="Coast">Coast of the flight as flown, from burnout to impact.</param>
/// <param name="BurnoutAltitudeKm">Burnout altitude used for the flight as flown (after clamping).</param>
/// <param name="BoostRangeKm">Ground covered during the boost of the flight as flown.</param>
/// <param name="FlightTimeS">Burn time plus coast time.</param>
/// <param name="StandardBurnoutSpeedMs">Burnout speed on a standard trajectory: flown speed plus the extra gravity loss of a lofted climb.</param>
/// <param name="StandardRangeKm">Range of that speed on the best (minimum-energy) trajectory, capped at half the Earth's circumference.</param>
/// <param name="GlobalReach">True when the standard burnout speed reaches any point on Earth (range capped).</param>
public sealed record FlightSolution(
    BoostProfile Profile,
    KeplerArc Coast,
    double BurnoutAltitudeKm,
    double BoostRangeKm,
    double FlightTimeS,
    double StandardBurnoutSpeedMs,
    double StandardRangeKm,
    bool GlobalReach)
{
    /// <summary>Standard burnout speed of the same motor with the flown payload, before the ceiling (m/s).</summary>
    public double SameMotorSpeedMs { get; init; }

    /// <summary>Ceiling on the motor's standard burnout speed that stands for a realistic warhead (m/s).</summary>
    public double CeilingMs { get; init; }

    /// <summary>Earth's surface speed along the bearing added to the standard burnout speed (m/s; 0 when off).</summary>
    public double RotationSpeedMs { get; init; }

    /// <summary>True when the modelled standard range fell short of the flown range and was raised to it.</summary>
    public bool FlooredAtFlownRange { get; init; }
}
