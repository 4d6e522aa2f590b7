using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Apogee.Core.Json;
using Apogee.Core.Model;
using Apogee.Resolution;

namespace Apogee.Storage.Sql;

/// <summary>
/// One report as consolidation reads it, packed into one byte array for the writer's event cache: its JSON without
/// nulls, deflated. A report object graph with its claims weighs ~5.5 KB (quotes are most of it), and the 100k bench
/// revisits every event once per quarter of the file: packed, every report of a 100k store fits the cache, and one
/// array per report is one object for the collector instead of a few hundred. Deflate (fastest) halves the JSON of
/// the bench's reports (1,144 → 592 bytes on average) for ~7 µs to pack and ~4 µs to unpack (measured on 5,000 of them).
/// </summary>
/// <remarks>
/// Consolidation reads a claim's id, field, value, qualifier and source, never its quote, speaker or offsets
/// (<see cref="Consolidator"/>), so those are left out; <see cref="SqlEventReader.ConsolidationInput"/> reads the same
/// lean shape from the database, so a cached and a read-back event consolidate from identical input.
/// </remarks>
internal static class PackedReport
{
    /// <summary>The contract's options without nulls (half of a report's JSON): absent reads back as null, as written.</summary>
    private static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var o = new JsonSerializerOptions(ContractJson.Compact) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }

    public static byte[] Pack(ReportedEvent report)
    {
        var packed = new Packed(
            report.DocumentId, report.Role, report.Event, [.. report.Claims.Select(c => new PackedClaim(c.Id, c.Claim.Field, c.Claim.Value, c.Claim.Qualifier, c.Claim.Source))]);
        using var bytes = new MemoryStream();
        using (var deflate = new DeflateStream(bytes, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(deflate, packed, Options);
        }

        return bytes.ToArray();
    }

    public static ReportedEvent Unpack(byte[] packed)
    {
        using var inflate = new DeflateStream(new MemoryStream(packed, writable: false), CompressionMode.Decompress);
        var p = JsonSerializer.Deserialize<Packed>(inflate, Options)
            ?? throw new InvalidDataException("a packed report is empty");
        return new ReportedEvent(p.D, p.R, p.E, [.. p.C.Select(c => new IdentifiedClaim(c.I, Lean(c.F, c.V, c.Q, c.S)))]);
    }

    /// <summary>A claim as consolidation needs it: no quote, speaker or offsets.</summary>
    public static Claim Lean(string field, ClaimValue value, string qualifier, string source) =>
        new(field, value, qualifier, source, null, "", 0, 0);

    private sealed record Packed(long D, string R, LaunchEvent E, IReadOnlyList<PackedClaim> C);

    private sealed record PackedClaim(long I, string F, ClaimValue V, string Q, string S);
}
