namespace Apogee.Storage.Rows;

/// <summary>A catalogue_launches row as Dapper reads it (EventId: the linked event, for the reads that join events).</summary>
internal sealed class CatalogueLaunchRow
{
    public long EventId { get; set; }
    public long Id { get; set; }
    public string Day { get; set; } = "";
    public string Actor { get; set; } = "";
    public string? Missile { get; set; }
    public string? MissileType { get; set; }
    public string? Facility { get; set; }
    public double? Lat { get; set; }
    public double? Lon { get; set; }
    public long Count { get; set; }
    public double? ApogeeKm { get; set; }
    public double? DistanceKm { get; set; }
    public string? Outcome { get; set; }
    public string Lines { get; set; } = "";

    public const string Columns =
        "l.id AS Id, l.day AS Day, l.actor AS Actor, l.missile AS Missile, l.missile_type AS MissileType, l.facility AS Facility, l.lat AS Lat, " +
        "l.lon AS Lon, l.count AS Count, l.apogee_km AS ApogeeKm, l.distance_km AS DistanceKm, l.outcome AS Outcome, l.lines AS Lines";
}
