namespace Apogee.Ballistics;

/// <summary>
/// What the standard-range estimate rests on, stated so a reader can weigh it: where the motor burnt out on the
/// flight as flown and on the standard trajectory, the speeds, the payload the estimate stands for and whether the
/// Earth's rotation along the launch azimuth was counted. Kilometres, km/s, seconds, degrees; rounded for display.
/// </summary>
public sealed record BallisticsAssumptions
{
    /// <summary>Burn time of the boost profile (s).</summary>
    public double BurnTimeS { get; init; }

    /// <summary>Burnout altitude of the flight as flown (after clamping to half the apogee).</summary>
    public double FlownBurnoutAltitudeKm { get; init; }

    /// <summary>Ground covered during the boost of the flight as flown.</summary>
    public double FlownBoostRangeKm { get; init; }

    /// <summary>Burnout altitude assumed on the standard trajectory.</summary>
    public double StandardBurnoutAltitudeKm { get; init; }

    /// <summary>Ground covered during the boost on the standard trajectory.</summary>
    public double StandardBoostRangeKm { get; init; }

    /// <summary>Speed a lofted climb loses to gravity beyond a standard one, given back (0 unless lofted).</summary>
    public double ExtraGravityLossKmS { get; init; }

    /// <summary>Standard burnout speed of the same motor with the flown payload, before the warhead ceiling.</summary>
    public double SameMotorSpeedKmS { get; init; }

    /// <summary>Ceiling on the motor's standard burnout speed standing for a realistic warhead.</summary>
    public double SpeedCeilingKmS { get; init; }

    /// <summary>How much the ceiling took off the same-motor speed (0 when far below it).</summary>
    public double CeilingReductionKmS { get; init; }

    /// <summary>The payload the estimate stands for, in words.</summary>
    public required string Payload { get; init; }

    /// <summary>Whether the Earth's rotation was counted.</summary>
    public bool EarthRotation { get; init; }

    /// <summary>Launch latitude used for the rotation (null when unknown).</summary>
    public double? LaunchLatDeg { get; init; }

    /// <summary>Launch azimuth (bearing, degrees from north) used for the rotation and the ground track.</summary>
    public double? AzimuthDeg { get; init; }

    /// <summary>Surface speed along the azimuth added to the standard burnout speed (0 when rotation is off).</summary>
    public double RotationSpeedKmS { get; init; }
}
