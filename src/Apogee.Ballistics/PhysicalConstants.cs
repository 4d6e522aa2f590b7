namespace Apogee.Ballistics;

/// <summary>
/// Every physical constant the model uses, in SI units, named once so docs/BALLISTICS.md can cite them.
/// The Earth is a sphere: a ballistic-missile estimate is dominated by boost assumptions, not by the
/// 0.3% flattening, so an ellipsoid would add precision the inputs never have.
/// </summary>
public static class PhysicalConstants
{
    /// <summary>Earth's gravitational parameter GM (m^3/s^2), WGS-84.</summary>
    public const double EarthMu = 3.986004418e14;

    /// <summary>Mean Earth radius (m), IUGG; the sphere all ranges are measured on.</summary>
    public const double EarthRadius = 6_371_000.0;

    /// <summary>Standard gravity (m/s^2), used for the gravity loss during boost.</summary>
    public const double StandardGravity = 9.80665;

    /// <summary>Sidereal rotation rate of the Earth (rad/s); only used when rotation is switched on.</summary>
    public const double EarthRotationRate = 7.2921159e-5;

    /// <summary>
    /// Speed of sound at sea level in the standard atmosphere (m/s). News reports convert "Mach N" with this
    /// value whatever the altitude, so reported Mach numbers are turned back into speed the same way.
    /// </summary>
    public const double MachOneAtSeaLevel = 340.29;

    public const double MetresPerKilometre = 1000.0;

    public const double SecondsPerMinute = 60.0;
}
