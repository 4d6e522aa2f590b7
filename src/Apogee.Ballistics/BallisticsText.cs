using System.Globalization;
using System.Text;

namespace Apogee.Ballistics;

/// <summary>The human-readable form of a <see cref="BallisticsAnalysis"/> (show can reuse it).</summary>
public static class BallisticsText
{
    public static string Format(BallisticsAnalysis a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(inv, $"status            {a.Status}");
        if (a.Trajectory is { } t)
        {
            sb.AppendLine(inv, $"trajectory        {BallisticsNotes.Name(t)} (apogee {a.ApogeeKm:0.#} km = {a.ApogeeRatio:0.00} x minimum-energy {a.MinEnergyApogeeKm:0.#} km)");
        }
        else if (a.MinEnergyApogeeKm is { } me)
        {
            sb.AppendLine(inv, $"minimum energy    apogee {me:0.#} km, flight time {a.MinEnergyFlightTimeMin:0.#} min for {a.RangeKm:0.#} km");
        }

        if (a.StandardRangeKm is { } sr)
        {
            sb.AppendLine(inv, $"standard range    {sr:0} km ({a.RangeClass}), {a.StandardRangeLowKm:0}-{a.StandardRangeHighKm:0} km over the boost assumptions, profile {a.BoostProfile}");
            sb.AppendLine(inv, $"burnout speed     {a.BurnoutSpeedKmS:0.000} km/s as flown, {a.StandardBurnoutSpeedKmS:0.000} km/s on a standard trajectory");
            sb.AppendLine(inv, $"flight time       {a.FlightTimeMin:0.0} min modelled (minimum-energy {a.MinEnergyFlightTimeMin:0.0} min)");
            sb.AppendLine(inv, $"peak speed        {a.PeakSpeedKmS:0.000} km/s (Mach {a.PeakSpeedKmS * 1000 / PhysicalConstants.MachOneAtSeaLevel:0.0})");
        }

        if (a.Assumptions is { } x)
        {
            sb.AppendLine(inv, $"assumes           burnout {x.FlownBurnoutAltitudeKm:0} km up, {x.FlownBoostRangeKm:0} km downrange as flown; {x.StandardBurnoutAltitudeKm:0} km / {x.StandardBoostRangeKm:0} km on a standard trajectory; {x.BurnTimeS:0} s burn");
            sb.AppendLine(inv, $"                  same motor {x.SameMotorSpeedKmS:0.000} km/s (+{x.ExtraGravityLossKmS:0.00} km/s gravity loss given back), ceiling {x.SpeedCeilingKmS:0.00} km/s (-{x.CeilingReductionKmS:0.000})");
            sb.AppendLine(inv, $"                  payload: {x.Payload}");
            var azimuth = x.AzimuthDeg is { } az ? string.Create(inv, $"azimuth {az:0.#} deg") : "azimuth unknown";
            var rotation = x.EarthRotation
                ? string.Create(inv, $"Earth rotating: +{x.RotationSpeedKmS:0.000} km/s along {azimuth} at latitude {x.LaunchLatDeg:0.##}")
                : $"Earth not rotating ({azimuth}; --rotation adds the surface speed along it)";
            sb.AppendLine(inv, $"                  {rotation}");
        }

        foreach (var c in a.Consistency)
        {
            sb.AppendLine(inv, $"check {c.Quantity}: reported {c.Reported}, modelled {c.Modelled} +/- {c.Tolerance}: {(c.Agrees ? "agrees" : "DISAGREES")}");
        }

        if (a.ImpactPoint is { } p)
        {
            sb.AppendLine(inv, $"impact point      {Lat(p.LatDeg)}, {Lon(p.LonDeg)}");
        }

        sb.AppendLine(inv, $"confidence        {a.Confidence.ToString().ToLowerInvariant()}");
        foreach (var n in a.Notes)
        {
            sb.AppendLine(inv, $"  - {n}");
        }

        return sb.ToString().TrimEnd();
    }

    private static string Lat(double d) => string.Create(CultureInfo.InvariantCulture, $"{Math.Abs(d):0.0000} {(d >= 0 ? 'N' : 'S')}");

    private static string Lon(double d) => string.Create(CultureInfo.InvariantCulture, $"{Math.Abs(d):0.0000} {(d >= 0 ? 'E' : 'W')}");
}
