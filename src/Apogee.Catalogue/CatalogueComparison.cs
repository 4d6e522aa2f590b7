using System.Globalization;
using Apogee.Core.Catalogue;
using Apogee.Core.Model;
using Apogee.Core.Storage;
using F = Apogee.Core.Model.Vocabulary.Fields;

namespace Apogee.Catalogue;

/// <summary>
/// The fields an event and its catalogue launch are compared on, and the tolerance of each: the day (the catalogue's
/// local day inside the event's interval), the site (within <see cref="SiteAgreeKm"/>), the missile (same family,
/// <see cref="MissileFamily"/>), the count (inside the event's range), apogee and range (within <see cref="Tolerance"/>
/// of the catalogue's figure). <c>catalogue diff</c> lists the disagreements, <c>eval --catalogue</c> counts agreement.
/// </summary>
public static class CatalogueComparison
{
    public const string Day = "day";
    public const string Site = "site";
    public const string Missile = "missile";
    public const string Count = "count";
    public const string Apogee = "apogee";
    public const string Range = "range";

    /// <summary>Every compared field, in the order they are printed.</summary>
    public static IReadOnlyList<string> Fields { get; } = [Day, Site, Missile, Count, Apogee, Range];

    /// <summary>A gazetteer point and a CNS facility for the same place lie within this of each other (Sunan airport and Pyongyang: ~20 km).</summary>
    public const double SiteAgreeKm = 50;

    /// <summary>Figures agree within this share of the catalogue's value.</summary>
    public const double Tolerance = 0.10;

    public static IReadOnlyList<FieldCheck> Compare(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Catalogue is not { } link) return [];
        var e = stored.Event;
        var l = link.Launch;
        var why = stored.Explanations.GroupBy(x => x.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().ClaimIds, StringComparer.Ordinal);
        IReadOnlyList<long> Claims(string field) => why.GetValueOrDefault(field) ?? [];

        var inside = e.Date.Earliest is { } lo && e.Date.Latest is { } hi ? l.Day >= lo && l.Day <= hi : (bool?)null;
        var family = CatalogueMatcher.FamilyAgreement(MissileFamily.Of(e.MissileName), l);
        var count = e.Count is { } c ? c.Min <= l.Count && (c.Max is null || l.Count <= c.Max) : (bool?)null;
        return
        [
            new(Day, DayText(e.Date), l.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), inside, Claims(F.Date)),
            new(Site, SiteText(e.Site), FacilityText(l, link.SiteKm), link.SiteKm is { } km ? km <= SiteAgreeKm : null, Claims(F.Site)),
            new(Missile, e.MissileName, l.Missile, family, Claims(F.MissileName)),
            new(Count, e.Count?.ToString(), l.Count.ToString(CultureInfo.InvariantCulture), count, Claims(F.Count)),
            new(Apogee, Km(e.ApogeeKm), Km(l.ApogeeKm), Near(e.ApogeeKm, l.ApogeeKm), Claims(F.ApogeeKm)),
            new(Range, Km(e.RangeKm), Km(l.DistanceKm), Near(e.RangeKm, l.DistanceKm), Claims(F.RangeKm)),
        ];
    }

    /// <summary>True within <see cref="Tolerance"/> of the catalogue's figure; null when either is unknown.</summary>
    public static bool? Near(double? ours, double? theirs) =>
        ours is { } a && theirs is { } b ? Math.Abs(a - b) <= Tolerance * Math.Max(b, 1) : null;

    public static string DayText(DateBounds d) =>
        d is null ? "?" :
        d.IsDay ? Iso(d.Earliest)! : $"{Iso(d.Earliest) ?? "?"}..{Iso(d.Latest) ?? "?"}";

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? SiteText(SiteRef? s) => s?.Name;

    private static string? FacilityText(CatalogueLaunch l, double? km) =>
        l.Facility is null ? null : km is { } d ? $"{l.Facility} ({d.ToString("0", CultureInfo.InvariantCulture)} km away)" : l.Facility;

    public static string? Km(double? v) => v is { } x ? x.ToString("0.###", CultureInfo.InvariantCulture) + " km" : null;
}
