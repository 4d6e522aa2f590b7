using System.Text.Json;
using System.Text.Json.Nodes;
using Apogee.Core.Json;
using Apogee.Core.Storage;

namespace Apogee.Cli.Output;

/// <summary>An event as JSON: a stable id first, the contract's event fields, then how many reports and which documents.</summary>
internal static class EventJson
{
    public static JsonObject Object(StoredEvent e, bool withClaims = true)
    {
        var fields = (JsonObject)JsonSerializer.SerializeToNode(e.Event, ContractJson.Options)!;
        var o = new JsonObject { ["id"] = e.Id };
        foreach (var (key, value) in fields.ToList())
        {
            if (!withClaims && key == "claims") continue;
            fields.Remove(key);
            o[key] = value;
        }

        o["reports"] = e.Reports;
        o["documents"] = new JsonArray(e.Documents.Select(d => (JsonNode?)JsonValue.Create(d)).ToArray());
        return o;
    }

    public static string Array(IEnumerable<StoredEvent> events) =>
        new JsonArray(events.Select(e => (JsonNode?)Object(e)).ToArray()).ToJsonString(ContractJson.Options);
}
