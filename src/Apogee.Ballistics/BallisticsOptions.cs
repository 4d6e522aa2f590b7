namespace Apogee.Ballistics;

/// <summary>The stated thresholds and switches of the analysis; defaults are the documented model.</summary>
public sealed record BallisticsOptions
{
    public static BallisticsOptions Default { get; } = new();

    /// <summary>Apogee at least this multiple of the minimum-energy apogee is lofted.</summary>
    public double LoftedRatio { get; init; } = 1.5;

    /// <summary>Apogee at most this multiple of the minimum-energy apogee is depressed.</summary>
    public double DepressedRatio { get; init; } = 0.67;

    /// <summary>Reported flight time agrees when within this fraction of the modelled one ...</summary>
    public double FlightTimeTolerance { get; init; } = 0.25;

    /// <summary>... or within this many minutes, whichever is larger (reports round to whole minutes).</summary>
    public double FlightTimeToleranceFloorMin { get; init; } = 2;

    /// <summary>Reported peak speed agrees when within this fraction of the modelled peak (impact) speed.</summary>
    public double SpeedTolerance { get; init; } = 0.3;

    /// <summary>
    /// Add the Earth's surface speed along the bearing to the standard burnout speed (first-order rotation
    /// effect; needs latitude and bearing). Off by default: published estimates usually quote a non-rotating Earth.
    /// </summary>
    public bool IncludeEarthRotation { get; init; }

    /// <summary>Burnout never higher than this fraction of the apogee (short or depressed flights).</summary>
    public double MaxBurnoutAltitudeFraction { get; init; } = 0.5;

    /// <summary>The boost never covers more than this fraction of the reported range.</summary>
    public double MaxBoostRangeFraction { get; init; } = 0.25;

    /// <summary>
    /// For the standard-range band: the lofted extra gravity loss is varied by this fraction either way (how
    /// near-vertical the climb really was is the least known boost figure) ...
    /// </summary>
    public double GravityLossSpread { get; init; } = 0.5;

    /// <summary>... and the burnout altitudes by this fraction either way.</summary>
    public double BurnoutAltitudeSpread { get; init; } = 0.25;

    /// <summary>
    /// Ceiling on the motor's standard burnout speed as a fraction of circular speed at the standard burnout
    /// altitude (0.984 x 7.79 km/s = 7.66 km/s at 200 km). Published estimates assume a realistic warhead rather
    /// than the test's payload; without a ceiling a lofted ICBM's near-orbital burnout speed reads as "any point on
    /// Earth". A fraction rather than a speed so that varying the burnout altitude (the band) cannot push the
    /// ceiling past orbital speed. Chosen with the sharpness on the training rows by
    /// tools/ballistics-fit.cs --grid (docs/BALLISTICS.md, Proof 1).
    /// </summary>
    public double StandardSpeedCeilingFraction { get; init; } = 0.984;

    /// <summary>
    /// Sharpness k of the soft ceiling (see FlightSolver.SoftMinimum): how early the realistic warhead starts to
    /// cost speed. At k = 13 it takes 5.2 % (0.40 km/s) at the ceiling and already 0.30 km/s from the 2017
    /// Hwasong-15's 7.46 km/s, while an IRBM's 5.7 km/s loses under 10 m/s: a heavier warhead than a light test
    /// payload costs speed gradually as the test's speed nears orbital, not only at a sharp threshold (k = 20 took
    /// 0.16 km/s there and read 12,380 km against published 10,000-13,000 km).
    /// </summary>
    public double CeilingSharpness { get; init; } = 13;

    /// <summary>For the standard-range band: the ceiling fraction moved by this much either way.</summary>
    public double CeilingSpread { get; init; } = 0.003;

    /// <summary>Segments of the altitude profile.</summary>
    public int ProfileSegments { get; init; } = 40;

    /// <summary>Segments of the ground track.</summary>
    public int TrackSegments { get; init; } = 20;
}
