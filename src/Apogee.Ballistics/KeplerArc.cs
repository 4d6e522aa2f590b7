namespace Apogee.Ballistics;

/// <summary>
/// A drag-free coast from burnout to impact on the spherical Earth's surface, in SI units.
/// Angles in radians; <see cref="GroundAngleRad"/> is the Earth-central angle swept from burnout to impact.
/// </summary>
public sealed record KeplerArc(
    double BurnoutRadiusM,
    double BurnoutSpeedMs,
    double FlightPathAngleRad,
    double ApogeeRadiusM,
    double GroundAngleRad,
    double CoastTimeS,
    double ImpactSpeedMs)
{
    public double ApogeeAltitudeM => ApogeeRadiusM - PhysicalConstants.EarthRadius;

    public double GroundRangeM => GroundAngleRad * PhysicalConstants.EarthRadius;
}
