using System.Text.Json;
using Apogee.Core.Json;

namespace Apogee.Watch.Alerts;

/// <summary>The webhook body: the alert in the contract's JSON conventions (snake_case, nulls written out), one line.</summary>
public static class AlertJson
{
    public static string Serialize(Alert alert) => JsonSerializer.Serialize(alert, ContractJson.Compact);

    public static Alert? Deserialize(string json) => JsonSerializer.Deserialize<Alert>(json, ContractJson.Compact);
}
