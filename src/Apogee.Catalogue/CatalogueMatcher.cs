using Apogee.Core.Catalogue;
using Apogee.Core.Model;
using Apogee.Resolution;

namespace Apogee.Catalogue;

/// <summary>
/// Which catalogue launch an event is. Required: the same actor, an event dated to a few days at most, and a catalogue
/// day within one day of the event's interval (CNS dates are often UTC, a dawn launch in Korea is the previous UTC
/// day). Among those, the closest by day, site distance and missile family wins; a launch whose site lies more than
/// <see cref="SiteFarKm"/> away and whose missile family differs too is another launch the same day, never this one.
/// Cruise missiles are never linked: the CNS database records ballistic missiles and space launches only.
/// A disagreement on one of site or missile alone keeps the link: that is what <c>catalogue diff</c> lists. An event
/// site more than <see cref="SiteElsewhereKm"/> away (a test in California reported beside a launch) never links.
/// </summary>
public sealed class CatalogueMatcher
{
    /// <summary>Events dated less precisely than this (e.g. "last week") match no launch: too many would fit.</summary>
    public const int MaxSpanDays = 3;

    /// <summary>Farther than this, two sites are different places (North Korea's launch sites are 20-600 km apart).</summary>
    public const double SiteFarKm = 100;

    /// <summary>Farther than this, the event's site is not in North Korea at all (it is ~700 km end to end): another launch, whatever else agrees.</summary>
    public const double SiteElsewhereKm = 800;

    private readonly CatalogueLaunch[] _byDay;

    public CatalogueMatcher(IEnumerable<CatalogueLaunch> launches)
    {
        ArgumentNullException.ThrowIfNull(launches);
        _byDay = [.. launches.OrderBy(l => l.Day).ThenBy(l => l.Id)];
    }

    public int Count => _byDay.Length;

    public CatalogueLink? Match(LaunchEvent ev)
    {
        ArgumentNullException.ThrowIfNull(ev);
        if (_byDay.Length == 0 || ev.Category == Vocabulary.Categories.Cruise) return null;
        if (ev.Date.Earliest is not { } lo || ev.Date.Latest is not { } hi || hi.DayNumber - lo.DayNumber > MaxSpanDays) return null;
        var from = lo.AddDays(-1);
        var to = hi.AddDays(1);
        var families = MissileFamily.Of(ev.MissileName);
        CatalogueLink? best = null;
        var bestScore = double.MaxValue;
        for (var i = First(from); i < _byDay.Length && _byDay[i].Day <= to; i++)
        {
            var l = _byDay[i];
            if (!string.Equals(l.Actor, ev.Actor, StringComparison.OrdinalIgnoreCase)) continue;
            var km = SiteKm(ev, l);
            var family = FamilyAgreement(families, l);
            if (km > SiteElsewhereKm || (km > SiteFarKm && family == false)) continue;
            var days = l.Day < lo ? lo.DayNumber - l.Day.DayNumber : l.Day > hi ? l.Day.DayNumber - hi.DayNumber : 0;
            // A day off weighs as much as 100 km of site distance; an unknown site as 50 km; a family known to differ as 150 km.
            var score = (days * 100.0) + Math.Min(km ?? 50, 300) + (family switch { true => 0, null => 30, false => 150 });
            if (score >= bestScore) continue;
            bestScore = score;
            best = new CatalogueLink(l, km);
        }

        return best;
    }

    /// <summary>Great-circle km from the event's site to the catalogue's facility; null when either has no coordinates.</summary>
    public static double? SiteKm(LaunchEvent ev, CatalogueLaunch launch) =>
        ev?.Site is { Lat: { } a, Lon: { } b } && launch?.Lat is { } c && launch.Lon is { } d ? GeoDistance.Km(a, b, c, d) : null;

    /// <summary>True when the event's missile family is among the launch's, false when both are known and differ, null when either is unknown.</summary>
    public static bool? FamilyAgreement(string? eventFamily, CatalogueLaunch launch)
    {
        var theirs = MissileFamily.OfAll(launch?.Missile);
        if (eventFamily is null || theirs.Count == 0) return null;
        return theirs.Any(t => MissileFamily.Related(t, eventFamily));
    }

    private int First(DateOnly day)
    {
        int a = 0, b = _byDay.Length;
        while (a < b)
        {
            var mid = (a + b) / 2;
            if (_byDay[mid].Day < day) a = mid + 1;
            else b = mid;
        }

        return a;
    }
}
