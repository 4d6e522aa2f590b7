using System.Globalization;
using Apogee.Core.Storage;

namespace Apogee.Cli.Output;

/// <summary>Events as RFC 4180 CSV, one row per event, claims left out (they are in json and `apogee show`).</summary>
internal static class EventCsv
{
    public const string Header =
        "id,earliest,latest,time_local,actor,role,category,range_class,missile_name,site,site_kind,lat,lon,count_min,count_max,range_km,apogee_km,speed_mach,flight_time_min,reports,documents";

    public static void Write(TextWriter w, IEnumerable<StoredEvent> events)
    {
        w.WriteLine(Header);
        foreach (var s in events)
        {
            var e = s.Event;
            string?[] cells =
            [
                Num(s.Id), Day(e.Date.Earliest), Day(e.Date.Latest), e.TimeLocal, e.Actor, e.Role, e.Category, e.RangeClass, e.MissileName,
                e.Site?.Name, e.Site?.Kind, Num(e.Site?.Lat), Num(e.Site?.Lon), Num(e.Count?.Min), Num(e.Count?.Max),
                Num(e.RangeKm), Num(e.ApogeeKm), Num(e.SpeedMach), Num(e.FlightTimeMin), Num(s.Reports), string.Join(';', s.Documents),
            ];
            w.WriteLine(string.Join(',', cells.Select(Quote)));
        }
    }

    private static string Quote(string? v) =>
        v is null ? "" : v.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{v.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : v;

    private static string? Num(double? v) => v?.ToString("0.######", CultureInfo.InvariantCulture);

    private static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
