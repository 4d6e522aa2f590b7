namespace Apogee.Storage.Rows;

/// <summary>An events row as the writer reads it when the event is not cached: id, revision (updated_rev) and event JSON.</summary>
internal sealed class CandidateRow
{
    public long Id { get; set; }
    public long Rev { get; set; }
    public string? EventJson { get; set; }
}
