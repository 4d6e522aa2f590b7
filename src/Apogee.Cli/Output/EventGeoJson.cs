using System.Text.Json.Nodes;
using Apogee.Core.Json;
using Apogee.Core.Storage;

namespace Apogee.Cli.Output;

/// <summary>A GeoJSON FeatureCollection: one Point per event at its site; events without coordinates cannot be placed and are left out.</summary>
internal static class EventGeoJson
{
    public static string Write(IEnumerable<StoredEvent> events)
    {
        var features = new JsonArray();
        foreach (var e in events)
        {
            if (e.Event.Site is not { Lat: { } lat, Lon: { } lon }) continue;
            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["id"] = e.Id,
                ["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(lon, lat) }, // GeoJSON order: lon, lat
                ["properties"] = EventJson.Object(e, withClaims: false),
            });
        }

        return new JsonObject { ["type"] = "FeatureCollection", ["features"] = features }.ToJsonString(ContractJson.Options);
    }
}
