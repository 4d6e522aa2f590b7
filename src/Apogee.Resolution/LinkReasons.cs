using System.Globalization;
using Apogee.Core.Model;

namespace Apogee.Resolution;

/// <summary>
/// Why a report was put in an event (date interval overlap, site distance, time, missile, count), and what kept a
/// nearby event apart (the first hard rule that separates them). Shown by `apogee show` and the dashboard's event page.
/// </summary>
public static class LinkReasons
{
    /// <summary>The explanation field of one report's reason for being in the event (value: the document id and role).</summary>
    public const string Grouping = "grouping";

    /// <summary>The explanation field of a nearby event kept apart (value: "event N").</summary>
    public const string KeptApart = "kept_apart";

    public static bool IsLinkField(string field) => field is Grouping or KeptApart;

    public static string Together(LaunchEvent report, LaunchEvent ev)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(ev);
        var parts = new List<string>();
        var window = !report.Date.Overlaps(ev.Date, slackDays: 1) && ReportDates.IsPublicationWindow(report.Date);
        parts.Add(window
            ? $"names no day; its publication window {DateRules.Format(EventMatcher.ForMatching(report))} holds the event's {DateRules.Format(ev.Date)}"
            : $"date {DateRules.Format(report.Date)} meets the event's {DateRules.Format(ev.Date)}");
        if (report.Site is { } a && ev.Site is { } b)
        {
            parts.Add(string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase) ? $"same site {a.Name}"
                : Km(a, b) is { } km ? string.Create(CultureInfo.InvariantCulture, $"site {a.Name} {km:0} km from {b.Name}")
                : $"site {a.Name} within {b.Name}");
        }

        if (report.TimeLocal is { } t1 && ev.TimeLocal is { } t2) parts.Add(t1 == t2 ? $"same time {t1}" : $"times {t1} and {t2}");
        if (report.MissileName is { } n1 && ev.MissileName is { } n2 && string.Equals(n1, n2, StringComparison.OrdinalIgnoreCase)) parts.Add($"same missile {n1}");
        if (report.Count is { } c1 && ev.Count is { } c2 && EventMatcher.CountsOverlap(c1, c2)) parts.Add($"count {c1} agrees");
        if (report.RangeClass is { } r1 && ev.RangeClass == r1) parts.Add($"same range class {r1}");
        if (EventMatcher.IsLoose(report)) parts.Add("a loose date: the clear winner among the events it fits");
        return string.Join("; ", parts);
    }

    /// <summary>The first rule that keeps two nearby accounts apart, or why the other event fitted better.</summary>
    public static string Apart(LaunchEvent a, LaunchEvent b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!string.Equals(a.Actor, b.Actor, StringComparison.OrdinalIgnoreCase)) return $"another actor ({b.Actor})";
        if (!EventMatcher.ForMatching(a).Overlaps(EventMatcher.ForMatching(b), slackDays: 1)) return $"dates {DateRules.Format(a.Date)} and {DateRules.Format(b.Date)} do not meet";
        var sameName = a.MissileName is { } m1 && b.MissileName is { } m2 && string.Equals(m1, m2, StringComparison.OrdinalIgnoreCase);
        if (!EventMatcher.CategoriesCompatible(a.Category, b.Category) && !sameName) return $"categories {a.Category} and {b.Category}";
        if (EventMatcher.SiteScore(a.Site, b.Site) is null)
        {
            return a.Site is { } s1 && b.Site is { } s2 && Km(s1, s2) is { } km
                ? string.Create(CultureInfo.InvariantCulture, $"sites {s1.Name} and {s2.Name} {km:0} km apart")
                : $"two different named sites ({a.Site?.Name}, {b.Site?.Name})";
        }

        if (EventMatcher.TimeScore(a.TimeLocal, b.TimeLocal) is null) return $"times {a.TimeLocal} and {b.TimeLocal} more than {EventMatcher.MaxTimeGapMinutes / 60} hours apart";
        if (a.MissileName is { } n1 && b.MissileName is { } n2 && !string.Equals(n1, n2, StringComparison.OrdinalIgnoreCase)) return $"missiles {n1} and {n2}";
        if (a.Count is { } c1 && b.Count is { } c2 && !EventMatcher.CountsOverlap(c1, c2)) return $"counts {c1} and {c2}";
        if (a.RangeClass is { } r1 && b.RangeClass is { } r2 && r1 != r2 && !sameName) return $"range classes {r1} and {r2}";
        return EventMatcher.Assess(a, b) switch
        {
            null => "a loose date (no day, or a vague interval) without enough facts in common",
            { Short: true } => "a loose date with a fact too few in common, and not the only event it fits",
            _ => "its reports fitted another event better, or shared a document with this one",
        };
    }

    private static double? Km(SiteRef a, SiteRef b) =>
        a.Lat is { } la && a.Lon is { } lo && b.Lat is { } lb && b.Lon is { } lob ? GeoDistance.Km(la, lo, lb, lob) : null;
}
