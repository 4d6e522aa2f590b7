namespace Apogee.Ballistics;

/// <summary>
/// The reported figures of one launch, every one optional. Kilometres, minutes and Mach as news reports give them.
/// </summary>
/// <param name="ApogeeKm">Highest altitude reached.</param>
/// <param name="RangeKm">Ground distance flown.</param>
/// <param name="FlightTimeMin">Reported time of flight.</param>
/// <param name="SpeedMach">Reported (peak) speed as a Mach number.</param>
/// <param name="LaunchLatDeg">Launch-site latitude, when known.</param>
/// <param name="LaunchLonDeg">Launch-site longitude, when known.</param>
/// <param name="BearingDeg">Direction of flight, degrees clockwise from north.</param>
/// <param name="ClassHint">Range class or category from the report or the catalogue ("ICBM", "SLBM", "cruise", ...).</param>
public sealed record BallisticsInput(
    double? ApogeeKm = null,
    double? RangeKm = null,
    double? FlightTimeMin = null,
    double? SpeedMach = null,
    double? LaunchLatDeg = null,
    double? LaunchLonDeg = null,
    double? BearingDeg = null,
    string? ClassHint = null);
