namespace Apogee.Ballistics;

/// <summary>
/// Turns a launch-site name into coordinates. The ballistics model needs only this; the gazetteer
/// (Apogee.Knowledge) or any table of sites can stand behind it.
/// </summary>
public interface ILaunchSiteLocator
{
    /// <summary>The site's coordinates, or null when the name is unknown.</summary>
    GeoPoint? Locate(string name);
}
