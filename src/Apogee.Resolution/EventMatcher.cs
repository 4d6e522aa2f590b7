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

    /// <summary>
    /// The best-scoring candidate, ties to the lowest id. A report with a loose date (a publication window or a vague
    /// interval, see <see cref="Assess"/>) needs one clear winner: two candidates it fits equally well leave it apart;
    /// and one that shares a fact fewer than a loose date needs joins only the <em>sole</em> candidate it fits at all
    /// (the one launch of its window: nothing else it could be).
    /// </summary>
    public static long? BestMatch(LaunchEvent reported, IReadOnlyList<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(reported);
        ArgumentNullException.ThrowIfNull(candidates);
        long? best = null;
        long? shortOnly = null;
        var fits = 0;
        var bestScore = double.MinValue;
        var tied = false;
        foreach (var c in InIdOrder(candidates))
        {
            if (Assess(reported, c.Event) is not { } fit) continue;
            fits++;
            if (fit.Short)
            {
                shortOnly = c.Id;
                continue;
            }

            if (fit.Score > bestScore)
            {
                (best, bestScore, tied) = (c.Id, fit.Score, false);
            }
            else if (fit.Score == bestScore)
            {
                tied = true;
            }
        }

        if (best is not null) return tied && IsLoose(reported) ? null : best;
        return fits == 1 ? shortOnly : null;
    }

    /// <summary>The candidates by id, equal ids in list order; most callers list them so already, and are not sorted again.</summary>
    private static IEnumerable<Candidate> InIdOrder(IReadOnlyList<Candidate> candidates)
    {
        for (var i = 1; i < candidates.Count; i++)
        {
            if (candidates[i - 1].Id > candidates[i].Id) return candidates.OrderBy(c => c.Id);
        }

        return candidates;
    }

    /// <summary>How a report fits an event: its score, and whether its loose date shares one fact fewer than it needs.</summary>
    /// <param name="Score">The evidence both accounts share (<see cref="Score"/>).</param>
    /// <param name="Short">True when a loose date shares one fact too few: it may join only the sole event it fits.</param>
    public readonly record struct Fit(double Score, bool Short);

    /// <summary>How well two accounts agree, or null when they cannot be the same launch (<see cref="Assess"/>, short fits excluded).</summary>
    public static double? Score(LaunchEvent a, LaunchEvent b) => Assess(a, b) is { Short: false } fit ? fit.Score : null;

    /// <summary>Whether two accounts may be one launch at all: no hard rule parts them (a loose date may share a fact too few).</summary>
    public static bool Compatible(LaunchEvent a, LaunchEvent b) => Assess(a, b) is not null;

    /// <summary>How well two accounts agree, or null when they cannot be the same launch.</summary>
    /// <remarks>
    /// Dates are compared first as the reports give them (open ends of news closed at a week); a report without a day
    /// that only meets the other within its publication window, or an interval wider than a week, is a loose date:
    /// then the accounts must not disagree on name, range class or count, and must share enough of site, time, name,
    /// count and range class (<see cref="Agreement"/>): two for a publication window, three (or the same site with
    /// the same time or name) for a vague interval; one fact fewer is a <see cref="Fit.Short"/> fit. The same missile
    /// name outweighs a category or range class that disagrees (a named weapon has one class; the other is a
    /// reporter's or an extraction's label): then those cost a point instead of ruling the match out.
    /// </remarks>
    public static Fit? Assess(LaunchEvent a, LaunchEvent b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!string.Equals(a.Actor, b.Actor, StringComparison.OrdinalIgnoreCase)) return null;
        var da = Closed(a);
        var db = Closed(b);
        var window = false;
        var shortFit = false;
        if (!da.Overlaps(db, slackDays: 1))
        {
            da = ForMatching(a);
            db = ForMatching(b);
            if (!da.Overlaps(db, slackDays: 1)) return null;
            window = true;
        }

        // A report open to the past meets the other only through its window, however the intervals lie.
        window |= OpenWindow(a) || OpenWindow(b);

        var names = a.MissileName is { } n1 && b.MissileName is { } n2 ? (string.Equals(n1, n2, StringComparison.OrdinalIgnoreCase) ? 2 : -1) : 0;
        var categories = CategoriesCompatible(a.Category, b.Category);
        if (!categories && names <= 0) return null;
        if (SiteScore(a.Site, b.Site) is not { } site) return null;
        if (TimeScore(a.TimeLocal, b.TimeLocal) is not { } time) return null;

        var vague = ReportDates.Width(da) > PreciseDays || ReportDates.Width(db) > PreciseDays;
        if (window || vague)
        {
            // A loose date overlaps many launches, and busy sites see many launches: what the accounts do say must agree.
            if (Disagree(a, b, names)) return null;
            var agreement = Agreement(a, b, site, time, names);
            var placed = vague && site + time + Math.Max(0, names) >= VagueEvidence;
            var need = vague ? VagueAgreement : WindowAgreement;
            if (!placed && agreement < need - 1) return null;
            shortFit = !placed && agreement < need;

            // A fact too few is a bet on the one launch of a window; two loose dates (two undated stories years apart)
            // have no launch day to bet on.
            if (shortFit && IsLoose(a) && IsLoose(b)) return null;

            // Nor has a report with no date at all: open at both ends, it fits every launch there ever was.
            if (shortFit && (Unbounded(da) || Unbounded(db))) return null;
        }

        var score = site + time + names + (categories ? 0 : -1);
        score += da.IsDay && db.IsDay ? (da.Earliest == db.Earliest ? 3 : 1) : 1;
        if (a.Category == b.Category && a.Category != Vocabulary.Categories.Unknown) score += 1;
        if (a.RangeClass is { } r1 && b.RangeClass is { } r2) score += r1 == r2 ? 1 : -1;
        return new Fit(score, shortFit);
    }

    private static bool Unbounded(DateBounds d) => d.Earliest is null && d.Latest is null;

    /// <summary>The interval used for matching, publication windows included (<see cref="ReportDates.ForMatching"/>).</summary>
    public static DateBounds ForMatching(LaunchEvent e) => ReportDates.ForMatching(e);

    /// <summary>
    /// Every day the report may be matched on: the interval as it gives it (<see cref="Closed"/>) and its matching interval
    /// (<see cref="ForMatching"/>) together. <see cref="Assess"/> meets another account only inside it (a day of slip aside).
    /// </summary>
    public static DateBounds Reach(LaunchEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var a = Closed(e);
        var b = ForMatching(e);
        DateOnly? lo = a.Earliest is { } x && b.Earliest is { } y ? (x < y ? x : y) : null;
        DateOnly? hi = a.Latest is { } u && b.Latest is { } v ? (u > v ? u : v) : null;
        return new DateBounds(lo, hi, b.Basis);
    }

    /// <summary>
    /// The interval as the report gives it, a news report's open end closed at a week; no publication window, unless the
    /// report's own interval is open to the past ("on or before published-2"): then the window is all it says.
    /// </summary>
    private static DateBounds Closed(LaunchEvent e) => NamesNoDay(e) && e.Date.Earliest is not null ? e.Date : ReportDates.ForMatching(e);

    /// <summary>A primary report with no day whose interval is open to the past: only its publication window dates it.</summary>
    private static bool OpenWindow(LaunchEvent e) => NamesNoDay(e) && e.Date.Earliest is null;

    /// <summary>A primary report that names no day: its date is a publication window (<see cref="ReportDates.IsPublicationWindow"/>).</summary>
    private static bool NamesNoDay(LaunchEvent e) => e.Role == Vocabulary.Roles.Primary && ReportDates.IsPublicationWindow(e.Date);

    /// <summary>True when the report's own date is loose: a publication window or wider than a week.</summary>
    public static bool IsLoose(LaunchEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return NamesNoDay(e) || ReportDates.Width(Closed(e)) > PreciseDays;
    }

    /// <summary>What a report with a loose date needs in common: two facts within its publication window, three over a vague interval.</summary>
    public const int WindowAgreement = 2;

    public const int VagueAgreement = 3;

    /// <summary>Facts both accounts give and agree on: site (same or nearby), time (within 30 min), name, count, range class.</summary>
    public static int Agreement(LaunchEvent a, LaunchEvent b, double site, double time, int names)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var n = (site >= 2 ? 1 : 0) + (time >= 2 ? 1 : 0) + (names > 0 ? 1 : 0);
        if (a.Count is { } c1 && b.Count is { } c2 && CountsOverlap(c1, c2)) n++;
        if (a.RangeClass is { } r1 && b.RangeClass is { } r2 && r1 == r2) n++;
        return n;
    }

    /// <summary>What a loose date may not contradict: the missile name, the range class (unless the name is the same), the count.</summary>
    private static bool Disagree(LaunchEvent a, LaunchEvent b, int names) =>
        names < 0
        || (names == 0 && a.RangeClass is { } r1 && b.RangeClass is { } r2 && r1 != r2)
        || (a.Count is { } c1 && b.Count is { } c2 && !CountsOverlap(c1, c2));

    public static bool CountsOverlap(CountRange a, CountRange b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Min <= (b.Max ?? int.MaxValue) && b.Min <= (a.Max ?? int.MaxValue);
    }

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

    /// <summary>
    /// Minutes after midnight of an "HH:mm" time: what <c>TimeOnly.TryParseExact(hhmm, "HH:mm", InvariantCulture)</c>
    /// accepts (two ASCII digits each, hour below 24, minute below 60, nothing around them), read by hand because the
    /// parser asks the clock for a default date on every call and matching compares times millions of times.
    /// </summary>
    private static int? Minutes(string? hhmm)
    {
        if (hhmm is not { Length: 5 } || hhmm[2] != ':') return null;
        if (!char.IsAsciiDigit(hhmm[0]) || !char.IsAsciiDigit(hhmm[1]) || !char.IsAsciiDigit(hhmm[3]) || !char.IsAsciiDigit(hhmm[4])) return null;
        var hour = ((hhmm[0] - '0') * 10) + (hhmm[1] - '0');
        var minute = ((hhmm[3] - '0') * 10) + (hhmm[4] - '0');
        return hour < 24 && minute < 60 ? (hour * 60) + minute : null;
    }
}
