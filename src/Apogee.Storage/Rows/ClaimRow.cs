namespace Apogee.Storage.Rows;

/// <summary>A claims row joined with its document's name and outlet, as Dapper reads it.</summary>
internal sealed class ClaimRow
{
    public long Id { get; set; }
    public long DocumentId { get; set; }
    public string DocumentName { get; set; } = "";
    public string? Outlet { get; set; }
    public long? EventId { get; set; }
    public long? ReportId { get; set; }
    public string Role { get; set; } = "";
    public string Field { get; set; } = "";
    public string ValueJson { get; set; } = "null";
    public string Qualifier { get; set; } = "";
    public string Source { get; set; } = "";
    public string? Speaker { get; set; }
    public string Quote { get; set; } = "";
    public long StartOffset { get; set; }
    public long EndOffset { get; set; }
    public string? EvidenceJson { get; set; }

    public const string Select =
        "SELECT c.id AS Id, c.document_id AS DocumentId, d.name AS DocumentName, d.outlet AS Outlet, c.event_id AS EventId, " +
        "c.report_id AS ReportId, c.role AS Role, c.field AS Field, c.value_json AS ValueJson, c.qualifier AS Qualifier, " +
        "c.source AS Source, c.speaker AS Speaker, c.quote AS Quote, c.start_offset AS StartOffset, c.end_offset AS EndOffset, c.evidence_json AS EvidenceJson " +
        "FROM claims c JOIN documents d ON d.id = c.document_id ";
}
