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
/// <param name="ClassHint">Range class from the report or the catalogue ("SRBM" ... "ICBM"); picks the boost profile.</param>
/// <param name="CategoryHint">Category ("ballistic", "cruise", "hypersonic", "rocket_artillery", "space_launch"):
/// non-ballistic ones lower the confidence; rocket artillery counts as short range when no class is given.</param>
public sealed record BallisticsInput(
    double? ApogeeKm = null,
    double? RangeKm = null,
    double? FlightTimeMin = null,
    double? SpeedMach = null,
    double? LaunchLatDeg = null,
    double? LaunchLonDeg = null,
    double? BearingDeg = null,
    string? ClassHint = null,
    string? CategoryHint = null);
