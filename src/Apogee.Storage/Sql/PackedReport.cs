using System.Text;
using Apogee.Core.Model;
using Apogee.Resolution;

namespace Apogee.Storage.Sql;

/// <summary>
/// One report as consolidation reads it, packed into one byte array for the writer's event cache. A report object
/// graph with its claims weighs ~5.5 KB (quotes are most of it), and the 100k bench revisits every event once per
/// quarter of the file: packed, every report of a 100k store fits the cache, and one array per report is one object
/// for the collector to trace instead of a few hundred.
/// </summary>
/// <remarks>
/// Binary, not JSON: a hit unpacks every report of the event, and reading JSON (even deflated to half its ~1.1 KB)
/// was a fifth of the writer's time at 100k. Here repeated words are numbers (<see cref="PackedWords"/>) and a
/// report's claim ids are deltas, so a report is a few hundred bytes and reads without parsing text. Values are
/// exact (doubles as their bits, dates as day numbers), so an unpacked report equals the one packed. Consolidation
/// reads a claim's id, field, value, qualifier and source, never its quote, speaker or offsets (<see cref="Consolidator"/>),
/// so those are left out; <see cref="SqlEventReader.ConsolidationInput"/> reads the same lean shape from the database,
/// so a cached and a read-back event consolidate from identical input. A test lists the packed types' properties: a
/// new one fails it until it is packed here.
/// </remarks>
internal static class PackedReport
{
    public static byte[] Pack(ReportedEvent report)
    {
        if (report.Event.Claims.Count != 0) throw new InvalidOperationException("a report's event is packed without claims; they travel as the report's claims");
        using var bytes = new MemoryStream(512);
        using (var w = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            w.Write7BitEncodedInt64(report.DocumentId);
            PackedWords.Write(w, report.Role);
            WriteEvent(w, report.Event);
            w.Write7BitEncodedInt(report.Claims.Count);
            var previous = 0L;
            foreach (var c in report.Claims)
            {
                w.Write7BitEncodedInt64(c.Id - previous); // a report's claims have consecutive ids: one byte each
                previous = c.Id;
                PackedWords.Write(w, c.Claim.Field);
                WriteValue(w, c.Claim.Value);
                PackedWords.Write(w, c.Claim.Qualifier);
                PackedWords.Write(w, c.Claim.Source);
            }
        }

        return bytes.ToArray();
    }

    public static ReportedEvent Unpack(byte[] packed)
    {
        using var r = new BinaryReader(new MemoryStream(packed, writable: false), Encoding.UTF8);
        var documentId = r.Read7BitEncodedInt64();
        var role = PackedWords.Read(r);
        var ev = ReadEvent(r);
        var claims = new IdentifiedClaim[r.Read7BitEncodedInt()];
        var id = 0L;
        for (var i = 0; i < claims.Length; i++)
        {
            id += r.Read7BitEncodedInt64();
            var field = PackedWords.Read(r);
            var value = ReadValue(r);
            claims[i] = new IdentifiedClaim(id, Lean(field, value, PackedWords.Read(r), PackedWords.Read(r)));
        }

        return new ReportedEvent(documentId, role, ev, claims);
    }

    /// <summary>A claim as consolidation needs it: no quote, speaker or offsets.</summary>
    public static Claim Lean(string field, ClaimValue value, string qualifier, string source) =>
        new(field, value, qualifier, source, null, "", 0, 0);

    private static void WriteEvent(BinaryWriter w, LaunchEvent e)
    {
        PackedWords.Write(w, e.Role);
        PackedWords.Write(w, e.Actor);
        WriteDay(w, e.Date.Earliest);
        WriteDay(w, e.Date.Latest);
        PackedWords.Write(w, e.Date.Basis);
        WriteText(w, e.Weekday);
        WriteText(w, e.PartOfDay);
        WriteText(w, e.TimeLocal);
        WriteCount(w, e.Count);
        PackedWords.Write(w, e.Category);
        WriteText(w, e.RangeClass);
        WriteText(w, e.Basing);
        WriteText(w, e.MissileName);
        w.Write(e.Site is not null);
        if (e.Site is { } site)
        {
            PackedWords.Write(w, site.Name);
            PackedWords.Write(w, site.Kind);
            WriteNumber(w, site.Lat);
            WriteNumber(w, site.Lon);
        }

        WriteText(w, e.Direction);
        w.Write(e.Impact is not null);
        if (e.Impact is { } impact)
        {
            WriteText(w, impact.Area);
            WriteText(w, impact.Eez);
        }

        WriteNumber(w, e.RangeKm);
        WriteNumber(w, e.ApogeeKm);
        WriteNumber(w, e.SpeedMach);
        WriteNumber(w, e.FlightTimeMin);
    }

    private static LaunchEvent ReadEvent(BinaryReader r) => new()
    {
        Role = PackedWords.Read(r),
        Actor = PackedWords.Read(r),
        Date = new DateBounds(ReadDay(r), ReadDay(r), PackedWords.Read(r)),
        Weekday = ReadText(r),
        PartOfDay = ReadText(r),
        TimeLocal = ReadText(r),
        Count = ReadCount(r),
        Category = PackedWords.Read(r),
        RangeClass = ReadText(r),
        Basing = ReadText(r),
        MissileName = ReadText(r),
        Site = r.ReadBoolean() ? new SiteRef(PackedWords.Read(r), PackedWords.Read(r), ReadNumber(r), ReadNumber(r)) : null,
        Direction = ReadText(r),
        Impact = r.ReadBoolean() ? new Impact(ReadText(r), ReadText(r)) : null,
        RangeKm = ReadNumber(r),
        ApogeeKm = ReadNumber(r),
        SpeedMach = ReadNumber(r),
        FlightTimeMin = ReadNumber(r),
        Claims = [],
    };

    private enum ValueKind : byte
    {
        None,
        Number,
        Text,
        Count,
    }

    private static void WriteValue(BinaryWriter w, ClaimValue? v)
    {
        if (v?.Number is { } n)
        {
            w.Write((byte)ValueKind.Number);
            w.Write(n);
        }
        else if (v?.Count is { } c)
        {
            w.Write((byte)ValueKind.Count);
            WriteCount(w, c);
        }
        else if (v?.Text is { } t)
        {
            w.Write((byte)ValueKind.Text);
            PackedWords.Write(w, t);
        }
        else
        {
            w.Write((byte)ValueKind.None);
        }
    }

    private static ClaimValue ReadValue(BinaryReader r) => (ValueKind)r.ReadByte() switch
    {
        ValueKind.Number => ClaimValue.Of(r.ReadDouble()),
        ValueKind.Text => ClaimValue.Of(PackedWords.Read(r)),
        ValueKind.Count => ClaimValue.Of(ReadCount(r)!),
        _ => null!, // as the JSON converter reads a null value
    };

    private static void WriteText(BinaryWriter w, string? s)
    {
        w.Write(s is not null);
        if (s is not null) PackedWords.Write(w, s);
    }

    private static string? ReadText(BinaryReader r) => r.ReadBoolean() ? PackedWords.Read(r) : null;

    private static void WriteNumber(BinaryWriter w, double? d)
    {
        w.Write(d is not null);
        if (d is { } x) w.Write(x);
    }

    private static double? ReadNumber(BinaryReader r) => r.ReadBoolean() ? r.ReadDouble() : null;

    private static void WriteDay(BinaryWriter w, DateOnly? d) => w.Write(d?.DayNumber ?? -1);

    private static DateOnly? ReadDay(BinaryReader r) => r.ReadInt32() is var n and >= 0 ? DateOnly.FromDayNumber(n) : null;

    private static void WriteCount(BinaryWriter w, CountRange? c)
    {
        w.Write(c is not null);
        if (c is null) return;
        w.Write(c.Min);
        w.Write(c.Max is not null);
        if (c.Max is { } max) w.Write(max);
    }

    private static CountRange? ReadCount(BinaryReader r) =>
        r.ReadBoolean() ? new CountRange(r.ReadInt32(), r.ReadBoolean() ? r.ReadInt32() : null) : null;
}
