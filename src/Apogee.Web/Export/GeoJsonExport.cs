using System.Text.Json.Nodes;
using Apogee.Web.Model;

namespace Apogee.Web.Export;

/// <summary>
/// Events as a GeoJSON FeatureCollection: a Point at the launch site (lon, lat order per RFC 7946), or a null
/// geometry when the site has no coordinates, so the feature count always equals the event count.
/// </summary>
public static class GeoJsonExport
{
    public static JsonObject Build(IEnumerable<EventSummary> events)
    {
        var features = new JsonArray();
        foreach (var e in events)
        {
            JsonNode? geometry = e.Site is { Lat: { } lat, Lon: { } lon }
                ? new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(lon, lat) }
                : null;
            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["id"] = e.Id,
                ["geometry"] = geometry,
                ["properties"] = new JsonObject
                {
                    ["id"] = e.Id,
                    ["date_earliest"] = e.Earliest?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ["date_latest"] = e.Latest?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ["time_local"] = e.TimeLocal,
                    ["actor"] = e.Actor,
                    ["category"] = e.Category,
                    ["range_class"] = e.RangeClass,
                    ["missile_name"] = e.MissileName,
                    ["site"] = e.Site?.Name,
                    ["direction"] = e.Direction,
                    ["range_km"] = e.RangeKm,
                    ["apogee_km"] = e.ApogeeKm,
                    ["count"] = e.Count,
                    ["reports"] = e.Reports,
                    ["sources"] = new JsonArray(e.Sources.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
                },
            });
        }

        return new JsonObject { ["type"] = "FeatureCollection", ["features"] = features };
    }
}
