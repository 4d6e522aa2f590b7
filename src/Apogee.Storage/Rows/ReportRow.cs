namespace Apogee.Storage.Rows;

/// <summary>An event_reports row: one document's account of one event.</summary>
internal sealed class ReportRow
{
    public long Id { get; set; }
    public long DocumentId { get; set; }
    public string Role { get; set; } = "";
    public string ReportJson { get; set; } = "{}";
}
