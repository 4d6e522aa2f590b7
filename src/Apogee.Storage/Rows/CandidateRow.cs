namespace Apogee.Storage.Rows;

/// <summary>An events row reduced to what resolution needs first: its id and revision (the JSON only when not cached).</summary>
internal sealed class CandidateRow
{
    public long Id { get; set; }
    public long Rev { get; set; }
    public string? EventJson { get; set; }
}
