namespace Apogee.Ballistics.Tests;

public class GreatCircleTests
{
    private static readonly double OneDegreeKm = PhysicalConstants.EarthRadius * Math.PI / 180 / 1000;

    [Theory]
    [InlineData(0, 0, 90, 1, 0, 1)]      // east along the equator
    [InlineData(0, 0, 0, 1, 1, 0)]       // due north
    [InlineData(0, 179.5, 90, 1, 0, -179.5)] // across the date line
    [InlineData(10, 20, 180, 5, 5, 20)]  // due south
    public void Destination_moves_along_the_bearing(double lat, double lon, double bearing, double degrees, double expLat, double expLon)
    {
        var p = GreatCircle.Destination(new GeoPoint(lat, lon), bearing, degrees * OneDegreeKm);
        Assert.Equal(expLat, p.LatDeg, 6);
        Assert.Equal(expLon, p.LonDeg, 6);
    }

    [Theory]
    [InlineData(39.66, 124.7, 95, 950)]
    [InlineData(40.0, 128.0, 45, 3700)]
    [InlineData(-33.9, 151.2, 300, 12000)]
    public void Distance_to_the_destination_is_the_distance_travelled(double lat, double lon, double bearing, double km)
    {
        var start = new GeoPoint(lat, lon);
        Assert.Equal(km, GreatCircle.DistanceKm(start, GreatCircle.Destination(start, bearing, km)), 1e-6);
    }

    [Fact]
    public void Track_runs_from_the_site_to_the_impact_point_evenly()
    {
        var start = new GeoPoint(39, 125);
        var track = GreatCircle.Track(start, 100, 1000, 10);
        Assert.Equal(11, track.Count);
        Assert.Equal(39, track[0].LatDeg);
        for (var i = 1; i < track.Count; i++)
        {
            var step = GreatCircle.DistanceKm(new GeoPoint(track[i - 1].LatDeg, track[i - 1].LonDeg), new GeoPoint(track[i].LatDeg, track[i].LonDeg));
            Assert.Equal(100, step, 1e-6);
        }
    }
}
