namespace Apogee.Storage.Rows;

/// <summary>What a list reads of an events row: the consolidated event and its stored summary, no claims.</summary>
internal sealed class ListingRow
{
    public long Id { get; set; }
    public string EventJson { get; set; } = "{}";
    public string? SummaryJson { get; set; }

    public const string Columns = "id AS Id, event_json AS EventJson, summary_json AS SummaryJson";
}
