using System.Globalization;
using System.Text;
using Apogee.Web.Model;

namespace Apogee.Web.Export;

/// <summary>Events as RFC 4180 CSV, one row per event, the columns the table shows.</summary>
public static class CsvExport
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "date_earliest", "date_latest", "time_local", "actor", "category", "range_class", "missile_name",
        "site", "site_lat", "site_lon", "direction", "range_km", "apogee_km", "count", "reports", "sources", "conflicts",
    ];

    public static string Write(IEnumerable<EventSummary> events)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', Columns).Append("\r\n");
        foreach (var e in events)
        {
            string?[] cells =
            [
                Num(e.Id), Date(e.Earliest), Date(e.Latest), Text(e.TimeLocal), Text(e.Actor), Text(e.Category), Text(e.RangeClass),
                Text(e.MissileName), Text(e.Site?.Name), Num(e.Site?.Lat), Num(e.Site?.Lon), Text(e.Direction), Num(e.RangeKm),
                Num(e.ApogeeKm), Text(e.Count), Num(e.Reports), Text(string.Join("; ", e.Sources)), Text(string.Join("; ", e.Conflicts)),
            ];
            sb.AppendJoin(',', cells.Select(Quote)).Append("\r\n");
        }

        return sb.ToString();
    }

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Num(double? n) => n?.ToString("0.###", CultureInfo.InvariantCulture) ?? "";

    /// <summary>
    /// Text cells come from articles: one starting with = + - @ would run as a formula in a spreadsheet,
    /// so it gets a leading apostrophe (OWASP's CSV-injection advice).
    /// </summary>
    private static string Text(string? s) =>
        string.IsNullOrEmpty(s) ? "" : s[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + s : s;

    private static string Quote(string? cell)
    {
        cell ??= "";
        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
