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

    /// <summary>
    /// Distance from the Earth's centre (m) after sweeping a ground angle from burnout along this coast:
    /// r = p / (1 + e cos(theta_burnout + phi)), the conic through the burnout state.
    /// </summary>
    public double RadiusAfter(double groundAngleRad)
    {
        var mu = PhysicalConstants.EarthMu;
        var h = BurnoutRadiusM * BurnoutSpeedMs * Math.Cos(FlightPathAngleRad);
        var p = h * h / mu;
        var a = -mu / (2 * ((BurnoutSpeedMs * BurnoutSpeedMs / 2) - (mu / BurnoutRadiusM)));
        var e = Math.Sqrt(Math.Max(0, 1 - (p / a)));
        var thetaBurnout = Math.Acos(Math.Clamp(((p / BurnoutRadiusM) - 1) / e, -1, 1));
        return p / (1 + (e * Math.Cos(thetaBurnout + groundAngleRad)));
    }
}
