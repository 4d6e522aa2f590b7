namespace Apogee.Ballistics;

/// <summary>A point on the spherical Earth, degrees north and east.</summary>
public sealed record GeoPoint(double LatDeg, double LonDeg)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsValid => double.IsFinite(LatDeg) && double.IsFinite(LonDeg) && Math.Abs(LatDeg) <= 90 && Math.Abs(LonDeg) <= 180;
}
