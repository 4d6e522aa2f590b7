using System.Globalization;
using System.Text;
using Apogee.Core.Model;

namespace Apogee.Watch.Alerts;

/// <summary>The one-line summaries people read in the terminal and in chat webhooks.</summary>
public static class AlertText
{
    public static string? Number(double? n) => n?.ToString("0.###", CultureInfo.InvariantCulture);

    public static string ForNew(long id, LaunchEvent? e, int reports)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"NEW event #{id}");
        if (e is not null)
        {
            sb.Append(": ").Append(e.Actor);
            if (Day(e.Date) is { } day) sb.Append(", ").Append(day);
            var what = e.Category == Vocabulary.Categories.Unknown ? "missile" : $"{e.Category.Replace('_', ' ')} missile";
            sb.Append(", ").Append(e.Count is { } c ? $"{c} {what}{(c.Min == 1 && c.Max == 1 ? "" : "s")}" : $"{what}(s)");
            if (e.RangeClass is { } rc) sb.Append(" (").Append(rc).Append(')');
            if (Number(e.RangeKm) is { } r) sb.Append(", range ").Append(r).Append(" km");
            if (Number(e.ApogeeKm) is { } a) sb.Append(", apogee ").Append(a).Append(" km");
        }

        sb.Append(CultureInfo.InvariantCulture, $" [{reports} report{(reports == 1 ? "" : "s")}]");
        return sb.ToString();
    }

    public static string ForChange(long id, IReadOnlyList<AlertChange> changes, int reports)
    {
        var parts = changes.Select(c => $"{c.Field} {c.Before ?? "none"} -> {c.After ?? "none"}");
        return string.Create(CultureInfo.InvariantCulture,
            $"CHANGED event #{id}: {string.Join("; ", parts)} [{reports} report{(reports == 1 ? "" : "s")}]");
    }

    private static string? Day(DateBounds d) =>
        d.IsDay ? d.Earliest!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : d.Earliest is { } lo && d.Latest is { } hi
            ? $"{lo.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{hi.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
            : null;
}
