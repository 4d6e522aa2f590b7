namespace Apogee.Resolution;

/// <summary>
/// The distinct <see cref="ReportShape"/>s of a set of reports, and whether a report could match an event made of any
/// subset of them (<see cref="Admits"/>). This is what splits a dense neighbourhood into parts that re-cluster alone
/// (<see cref="Reclusterer.Components"/>).
/// </summary>
/// <remarks>
/// Why a report that matches no such event can be left out: an event's consolidated fields (<see cref="Consolidator"/>)
/// each come from one of its reports — its site is the most specific one named, its time, category and name one a
/// report carries, its date the intersection of theirs (or the interval of one of them) — but not all from the same
/// one. So a report that matches the event passes each hard rule against <em>some</em> report of it, field by field:
/// the same actor, days that meet, a compatible category (or the same name), a site not far from one named (or none
/// named at all), a time within two hours of one given (or none given). <see cref="Admits"/> asks exactly that, of
/// every shape of the set; a set no outside report is admitted by, and that admits none of its own into another such
/// set, never shares an event with the rest, whatever the order.
/// </remarks>
public sealed class ShapeHull
{
    private readonly List<ReportShape> _shapes = [];
    private readonly HashSet<ReportShape> _seen = [];

    public ShapeHull()
    {
    }

    public ShapeHull(IEnumerable<ReportShape> shapes)
    {
        ArgumentNullException.ThrowIfNull(shapes);
        foreach (var s in shapes) Add(s);
    }

    public IReadOnlyList<ReportShape> Shapes => _shapes;

    public bool Add(ReportShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (!_seen.Add(shape)) return false;
        _shapes.Add(shape);
        return true;
    }

    public void Add(ShapeHull other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var s in other._shapes) Add(s);
    }

    /// <summary>Whether a report of this shape could match an event made of some of these reports (field by field, see the remarks).</summary>
    public bool Admits(ReportShape r)
    {
        ArgumentNullException.ThrowIfNull(r);
        bool actor = false, days = false, category = false, anySite = false, site = false, anyTime = false, time = false;
        foreach (var s in _shapes)
        {
            actor |= string.Equals(s.Actor, r.Actor, StringComparison.Ordinal);
            days |= r.DaysMeet(s);
            category |= EventMatcher.CategoriesCompatible(r.Category, s.Category) || (r.Name is not null && string.Equals(r.Name, s.Name, StringComparison.Ordinal));
            if (s.Site is not null)
            {
                anySite = true;
                site = site || r.Site is null || EventMatcher.SiteScore(r.Site, s.Site) is not null;
            }

            if (s.Time is not null)
            {
                anyTime = true;
                time = time || r.Time is null || EventMatcher.TimeScore(r.Time, s.Time) is not null;
            }
        }

        return actor && days && category && (!anySite || site) && (!anyTime || time);
    }

    /// <summary>Whether a report of either set could share an event with reports of the other.</summary>
    public bool Meets(ShapeHull other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var s in other._shapes)
        {
            if (Admits(s)) return true;
        }

        foreach (var s in _shapes)
        {
            if (other.Admits(s)) return true;
        }

        return false;
    }
}
