using Apogee.Ballistics;
using Apogee.Knowledge;

namespace Apogee.Cli.Output;

/// <summary>
/// Launch-site names through the compiled gazetteer (facilities, cities, counties, provinces, with their aliases
/// and romanisations), so `apogee ballistics --site Jagang` works without a sites table. A place the gazetteer
/// knows but without coordinates is as good as unknown here.
/// </summary>
internal sealed class GazetteerSiteLocator(Gazetteer gazetteer) : ILaunchSiteLocator
{
    public static GazetteerSiteLocator Default { get; } = new(Gazetteer.Default);

    public GeoPoint? Locate(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        return gazetteer.Lookup(name) is { Lat: { } lat, Lon: { } lon } ? new GeoPoint(lat, lon) : null;
    }
}
