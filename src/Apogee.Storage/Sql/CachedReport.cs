namespace Apogee.Storage.Sql;

/// <summary>
/// One report of a cached event: its event_reports id, its document's content hash (re-clustering orders reports by
/// it and keeps two reports of one document apart) and the report packed (<see cref="PackedReport"/>). With these the
/// re-clustering pass takes a cached neighbourhood from memory instead of reading its reports and claims back.
/// </summary>
internal readonly record struct CachedReport(long Id, string ContentHash, byte[] Packed)
{
    /// <summary>What one report weighs in the cache's budget: the packed bytes, the hash's characters, array and struct overheads.</summary>
    public long Weight => Packed.Length + (2L * ContentHash.Length) + 80;
}
