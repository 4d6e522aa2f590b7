namespace Apogee.Ballistics;

/// <summary>Great-circle geometry on the spherical Earth (radius <see cref="PhysicalConstants.EarthRadius"/>).</summary>
public static class GreatCircle
{
    private const double Deg = Math.PI / 180;

    /// <summary>The point reached from <paramref name="start"/> along an initial bearing (degrees from north) after a distance.</summary>
    public static GeoPoint Destination(GeoPoint start, double bearingDeg, double distanceKm)
    {
        var delta = distanceKm * PhysicalConstants.MetresPerKilometre / PhysicalConstants.EarthRadius;
        var lat1 = start.LatDeg * Deg;
        var lon1 = start.LonDeg * Deg;
        var brg = bearingDeg * Deg;
        var sinLat2 = (Math.Sin(lat1) * Math.Cos(delta)) + (Math.Cos(lat1) * Math.Sin(delta) * Math.Cos(brg));
        var lat2 = Math.Asin(Math.Clamp(sinLat2, -1, 1));
        var lon2 = lon1 + Math.Atan2(Math.Sin(brg) * Math.Sin(delta) * Math.Cos(lat1), Math.Cos(delta) - (Math.Sin(lat1) * sinLat2));
        var lonDeg = ((((lon2 / Deg) + 540) % 360) + 360) % 360 - 180;
        return new GeoPoint(lat2 / Deg, lonDeg);
    }

    /// <summary>Great-circle distance between two points (km), haversine form.</summary>
    public static double DistanceKm(GeoPoint a, GeoPoint b)
    {
        var dLat = (b.LatDeg - a.LatDeg) * Deg;
        var dLon = (b.LonDeg - a.LonDeg) * Deg;
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(a.LatDeg * Deg) * Math.Cos(b.LatDeg * Deg) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * Math.Asin(Math.Min(1, Math.Sqrt(h))) * PhysicalConstants.EarthRadius / PhysicalConstants.MetresPerKilometre;
    }

    /// <summary>Evenly spaced points along the track, launch site first, impact point last.</summary>
    public static IReadOnlyList<TrackPoint> Track(GeoPoint start, double bearingDeg, double distanceKm, int segments)
    {
        var n = Math.Max(1, segments);
        var points = new List<TrackPoint>(n + 1);
        for (var i = 0; i <= n; i++)
        {
            var d = distanceKm * i / n;
            var p = Destination(start, bearingDeg, d);
            points.Add(new TrackPoint(p.LatDeg, p.LonDeg, d));
        }

        return points;
    }
}
