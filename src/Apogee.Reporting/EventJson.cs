using System.Text.Json;
using System.Text.Json.Nodes;
using Apogee.Core.Json;
using Apogee.Core.Storage;

namespace Apogee.Reporting;

/// <summary>
/// An event as JSON: a stable id first, the contract's event fields, how many reports and which documents, then
/// what the ballistics model makes of its figures (trajectory and the standard range with its low/high band; null
/// when the event reports neither range nor apogee or the model cannot solve it), and the reference catalogue's launch it
/// matches (<see cref="CatalogueJson"/>; null when none does, docs/CATALOGUE.md).
/// </summary>
public static class EventJson
{
    public static JsonObject Object(StoredEvent e, bool withClaims = true)
    {
        ArgumentNullException.ThrowIfNull(e);
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
        var b = EventBallistics.Analyze(e.Event);
        o["trajectory"] = EventBallistics.TrajectoryName(b?.Trajectory);
        o["standard_range_km"] = b?.StandardRangeKm;
        o["standard_range_low_km"] = b?.StandardRangeLowKm;
        o["standard_range_high_km"] = b?.StandardRangeHighKm;
        o["catalogue"] = e.Catalogue is { } link ? CatalogueJson.Object(link.Launch) : null;
        return o;
    }

    public static string Array(IEnumerable<StoredEvent> events) =>
        new JsonArray(events.Select(e => (JsonNode?)Object(e)).ToArray()).ToJsonString(ContractJson.Options);
}
