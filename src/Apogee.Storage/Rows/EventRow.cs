namespace Apogee.Storage.Rows;

/// <summary>An events row as Dapper reads it.</summary>
internal sealed class EventRow
{
    public long Id { get; set; }
    public string EventJson { get; set; } = "{}";
    public string ExplanationsJson { get; set; } = "[]";

    public const string Columns = "id AS Id, event_json AS EventJson, explanations_json AS ExplanationsJson";
}
