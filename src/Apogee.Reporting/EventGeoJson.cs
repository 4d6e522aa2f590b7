using System.Text.Json.Nodes;
using Apogee.Core.Json;
using Apogee.Core.Storage;

namespace Apogee.Reporting;

/// <summary>
/// Events as a GeoJSON FeatureCollection (RFC 7946): a Point at the launch site in lon, lat order, or a null
/// geometry when the site has no coordinates, so every event is kept and the feature count equals the event
/// count. Properties are the CSV's columns (<see cref="ExportColumns"/>), typed: numbers, strings, string arrays.
/// </summary>
public static class EventGeoJson
{
    public static JsonObject Build(IEnumerable<StoredEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var features = new JsonArray();
        foreach (var row in events.Select(ExportRow.From))
        {
            var site = row.Stored.Event.Site;
            JsonNode? geometry = site is { Lat: { } lat, Lon: { } lon }
                ? new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(lon, lat) }
                : null;
            var properties = new JsonObject();
            foreach (var c in ExportColumns.All)
            {
                properties[c.Name] = Node(c.Cell(row));
            }

            features.Add(new JsonObject { ["type"] = "Feature", ["id"] = row.Stored.Id, ["geometry"] = geometry, ["properties"] = properties });
        }

        return new JsonObject { ["type"] = "FeatureCollection", ["features"] = features };
    }

    public static string Write(IEnumerable<StoredEvent> events) => Build(events).ToJsonString(ContractJson.Options);

    private static JsonNode? Node(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        double d => JsonValue.Create(d),
        long n => JsonValue.Create(n),
        IEnumerable<string> list => new JsonArray(list.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
        _ => JsonValue.Create(value.ToString()),
    };
}
