using Apogee.Core.Model;

namespace Apogee.Resolution;

/// <summary>
/// What decides whether a report could ever match an event: its actor, the days it may be (<see cref="EventMatcher.Reach"/>),
/// its site, time, category and missile name — every field a hard rule of <see cref="EventMatcher.Assess"/> reads. The
/// rules that only demand more of a loose date (agreement, no contradiction) are left out: a shape over-approximates.
/// </summary>
/// <param name="Actor">Upper-cased (the matcher compares actors ignoring case).</param>
/// <param name="Lo">First possible day, <see cref="DateOnly.MinValue"/> when open.</param>
/// <param name="Hi">Last possible day, <see cref="DateOnly.MaxValue"/> when open.</param>
/// <param name="Name">The missile name upper-cased, if any (the same name outweighs a category that disagrees).</param>
public sealed record ReportShape(string Actor, DateOnly Lo, DateOnly Hi, SiteRef? Site, string? Time, string Category, string? Name)
{
    public static ReportShape Of(LaunchEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var d = EventMatcher.Reach(e);
        return new ReportShape(
            e.Actor.ToUpperInvariant(), d.Earliest ?? DateOnly.MinValue, d.Latest ?? DateOnly.MaxValue, e.Site, e.TimeLocal, e.Category, e.MissileName?.ToUpperInvariant());
    }

    /// <summary>Whether the two may be the same days: a day of local-date vs UTC-date slip, as the matcher allows.</summary>
    public bool DaysMeet(ReportShape other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Lo.DayNumber - 1L <= other.Hi.DayNumber && other.Lo.DayNumber <= Hi.DayNumber + 1L;
    }
}
