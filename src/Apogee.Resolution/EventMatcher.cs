using System.Globalization;
using Apogee.Core.Model;

namespace Apogee.Resolution;

/// <summary>
/// Decides which existing event a reported launch is. Hard rules rule candidates out (another actor, dates that cannot
/// meet even with one day of local-date vs UTC-date slip, distant sites, incompatible categories, launch times more than
/// two hours apart); the remaining candidates are scored by the evidence they share, and the best wins, ties going to
/// the lowest (oldest) id so the outcome never depends on load order.
/// </summary>
public static class EventMatcher
{
    /// <summary>How far apart two named sites may be and still be one launch: a province's centre is far from its facilities.</summary>
    public const double NearbyKm = 100;

    public const double NearbyBroadKm = 250;

    public const int MaxTimeGapMinutes = 120;

    /// <summary>Date intervals wider than this are vague: they need other shared evidence to match.</summary>
    public const int PreciseDays = 7;

    /// <summary>The shared evidence a vague date needs: same site (3) or nearby (2) plus close times (2) or the same name (2).</summary>
    public const int VagueEvidence = 4;

    public static long? BestMatch(LaunchEvent reported, IReadOnlyList<Candidate> candidates)
    {
        long? best = null;
        var bestScore = double.MinValue;
        foreach (var c in candidates.OrderBy(c => c.Id))
        {
            if (Score(reported, c.Event) is { } s && s > bestScore)
            {
                best = c.Id;
                bestScore = s;
            }
        }

        return best;
    }

    /// <summary>How well two accounts agree, or null when they cannot be the same launch.</summary>
    public static double? Score(LaunchEvent a, LaunchEvent b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!string.Equals(a.Actor, b.Actor, StringComparison.OrdinalIgnoreCase)) return null;
        var da = ForMatching(a);
        var db = ForMatching(b);
        if (!da.Overlaps(db, slackDays: 1)) return null;
        if (!CategoriesCompatible(a.Category, b.Category)) return null;
        if (SiteScore(a.Site, b.Site) is not { } site) return null;
        if (TimeScore(a.TimeLocal, b.TimeLocal) is not { } time) return null;

        var names = a.MissileName is { } n1 && b.MissileName is { } n2 ? (string.Equals(n1, n2, StringComparison.OrdinalIgnoreCase) ? 2 : -1) : 0;
        // A vague date overlaps many launches, and busy sites see many launches: then the accounts must share two of
        // place, time and name (a site alone is not enough).
        if ((Width(da) > PreciseDays || Width(db) > PreciseDays) && site + time + Math.Max(0, names) < VagueEvidence) return null;

        var score = site + time + names;
        score += da.IsDay && db.IsDay ? (da.Earliest == db.Earliest ? 3 : 1) : 1;
        if (a.Category == b.Category && a.Category != Vocabulary.Categories.Unknown) score += 1;
        if (a.RangeClass is { } r1 && b.RangeClass is { } r2) score += r1 == r2 ? 1 : -1;
        return score;
    }

    /// <summary>
    /// The interval used for matching. A primary report is news: "on or before the publication day" means within the
    /// week before it, so an open bound is closed <see cref="PreciseDays"/> from the other. A reference's open bound
    /// stays open (it may name any earlier launch).
    /// </summary>
    public static DateBounds ForMatching(LaunchEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var d = e.Date;
        if (e.Role != Vocabulary.Roles.Primary) return d;
        return (d.Earliest, d.Latest) switch
        {
            (null, { } hi) => d with { Earliest = hi.AddDays(-PreciseDays) },
            ({ } lo, null) => d with { Latest = lo.AddDays(PreciseDays) },
            _ => d,
        };
    }

    private static int Width(DateBounds d) => d is { Earliest: { } lo, Latest: { } hi } ? hi.DayNumber - lo.DayNumber : int.MaxValue;

    /// <summary>Unknown goes with anything; ballistic and hypersonic are often the same launch told two ways.</summary>
    public static bool CategoriesCompatible(string a, string b)
    {
        if (a == b || a == Vocabulary.Categories.Unknown || b == Vocabulary.Categories.Unknown) return true;
        static bool Ballistic(string c) => c is Vocabulary.Categories.Ballistic or Vocabulary.Categories.Hypersonic;
        return Ballistic(a) && Ballistic(b);
    }

    /// <summary>Site evidence: same place scores, an unknown site is neutral, distant places rule the match out.</summary>
    public static double? SiteScore(SiteRef? a, SiteRef? b)
    {
        if (a is null || b is null) return 0;
        if (string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase)) return 3;
        var broad = IsBroad(a.Kind) || IsBroad(b.Kind);
        if (a.Lat is { } la && a.Lon is { } lo && b.Lat is { } lb && b.Lon is { } lob)
        {
            var km = GeoDistance.Km(la, lo, lb, lob);
            return km <= NearbyKm ? 2 : km <= NearbyBroadKm && broad ? 1 : null;
        }

        // Different names and no coordinates: a province may contain the facility, two facilities are two places.
        return broad ? 0 : null;
    }

    /// <summary>Launch times: within half an hour scores, more than two hours apart means two launches.</summary>
    public static double? TimeScore(string? a, string? b)
    {
        if (Minutes(a) is not { } ma || Minutes(b) is not { } mb) return 0;
        var gap = Math.Abs(ma - mb);
        gap = Math.Min(gap, (24 * 60) - gap);
        return gap <= 30 ? 2 : gap <= MaxTimeGapMinutes ? 0 : null;
    }

    private static bool IsBroad(string kind) => kind is Vocabulary.SiteKinds.Province or Vocabulary.SiteKinds.Region;

    private static int? Minutes(string? hhmm) =>
        hhmm is not null && TimeOnly.TryParseExact(hhmm, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? (t.Hour * 60) + t.Minute
            : null;
}
