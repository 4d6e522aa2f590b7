using System.Globalization;

namespace Apogee.Reporting;

/// <summary>
/// The export's columns, in order: the CSV header and the GeoJSON properties are both this table, so the two
/// formats cannot drift apart. A cell is a string, a double, a long or a list of strings (null when unknown).
/// </summary>
public static class ExportColumns
{
    public static IReadOnlyList<ExportColumn> All { get; } =
    [
        new("id", r => r.Stored.Id),
        new("date_earliest", r => Day(r.Stored.Event.Date.Earliest)),
        new("date_latest", r => Day(r.Stored.Event.Date.Latest)),
        new("date_basis", r => r.Stored.Event.Date.Basis),
        new("time_local", r => r.Stored.Event.TimeLocal),
        new("actor", r => r.Stored.Event.Actor),
        new("role", r => r.Stored.Event.Role),
        new("category", r => r.Stored.Event.Category),
        new("range_class", r => r.Stored.Event.RangeClass),
        new("missile_name", r => r.Stored.Event.MissileName),
        new("site", r => r.Stored.Event.Site?.Name),
        new("site_kind", r => r.Stored.Event.Site?.Kind),
        new("site_lat", r => r.Stored.Event.Site?.Lat),
        new("site_lon", r => r.Stored.Event.Site?.Lon),
        new("direction", r => r.Stored.Event.Direction),
        new("count_min", r => (double?)r.Stored.Event.Count?.Min),
        new("count_max", r => (double?)r.Stored.Event.Count?.Max),
        new("range_km", r => r.Stored.Event.RangeKm),
        new("apogee_km", r => r.Stored.Event.ApogeeKm),
        new("speed_mach", r => r.Stored.Event.SpeedMach),
        new("flight_time_min", r => r.Stored.Event.FlightTimeMin),
        new("trajectory", r => EventBallistics.TrajectoryName(r.Ballistics?.Trajectory)),
        new("standard_range_km", r => r.Ballistics?.StandardRangeKm),
        new("standard_range_low_km", r => r.Ballistics?.StandardRangeLowKm),
        new("standard_range_high_km", r => r.Ballistics?.StandardRangeHighKm),
        new("reports", r => (long)r.Stored.Reports),
        new("sources", r => r.Sources),
        new("conflicts", r => r.Conflicts),
        new("catalogue_id", r => r.Stored.Catalogue?.Launch.Id),
        // Last: readers take the final column as the document list (a cell that may hold commas is quoted, never split).
        new("documents", r => r.Stored.Documents),
    ];

    private static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
