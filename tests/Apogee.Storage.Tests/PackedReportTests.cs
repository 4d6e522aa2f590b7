using Apogee.Core.Model;
using Apogee.Resolution;
using Apogee.Storage.Sql;
using static Apogee.Storage.Tests.Synth;

namespace Apogee.Storage.Tests;

/// <summary>The cache's packed report gives back exactly what consolidation reads, and nothing it does not.</summary>
public sealed class PackedReportTests
{
    private static readonly LaunchEvent Full = Event("2024-03-01", Sunan, time: "07:27", rangeKm: 700.125) with
    {
        Weekday = "Friday",
        PartOfDay = "morning",
        Count = new CountRange(2, 3),
        RangeClass = "srbm",
        MissileName = "Hwasong-11A",
        Impact = new Impact("East Sea", "outside"),
        ApogeeKm = 50,
        SpeedMach = 9.5,
        FlightTimeMin = 12.25,
        Date = new DateBounds(Day("2024-02-28"), Day("2024-03-01"), "weekday:\"Friday\""),
    };

    private static ReportedEvent Report(LaunchEvent e) => new(
        42,
        Vocabulary.Roles.Reference,
        e,
        [
            new IdentifiedClaim(7, new Claim(Vocabulary.Fields.RangeKm, ClaimValue.Of(700.125), Vocabulary.Qualifiers.AtLeast, Vocabulary.Sources.SouthKorea, "a spokesman", "It flew at least 700 km.", 10, 34)),
            new IdentifiedClaim(9, new Claim(Vocabulary.Fields.Count, ClaimValue.Of(new CountRange(2, 2)), Vocabulary.Qualifiers.Exact, Vocabulary.Sources.Japan, null, "Two missiles.", 40, 53)),
            new IdentifiedClaim(11, new Claim(Vocabulary.Fields.MissileName, ClaimValue.Of("Hwasong-11A"), Vocabulary.Qualifiers.Exact, Vocabulary.Sources.NorthKorea, null, "KCNA named it.", 60, 74)),
        ]);

    public static TheoryData<string> Events => new() { "full", "sparse" };

    [Theory]
    [MemberData(nameof(Events))]
    public void Unpacking_a_packed_report_gives_its_event_document_role_and_lean_claims(string which)
    {
        var report = Report(which == "full" ? Full : Event("2024-03-01"));
        var back = PackedReport.Unpack(PackedReport.Pack(report));

        Assert.Equal(report.DocumentId, back.DocumentId);
        Assert.Equal(report.Role, back.Role);
        Assert.Equal(StoreJson.Write(report.Event), StoreJson.Write(back.Event)); // nulls left out of the pack read back as null
        Assert.Equal(
            report.Claims.Select(c => (c.Id, c.Claim.Field, c.Claim.Value, c.Claim.Qualifier, c.Claim.Source)),
            back.Claims.Select(c => (c.Id, c.Claim.Field, c.Claim.Value, c.Claim.Qualifier, c.Claim.Source)));
    }

    [Fact]
    public void Quotes_speakers_and_offsets_are_not_packed()
    {
        var back = PackedReport.Unpack(PackedReport.Pack(Report(Full)));
        Assert.All(back.Claims, c => Assert.Equal(("", (string?)null, 0, 0), (c.Claim.Quote, c.Claim.Speaker, c.Claim.Start, c.Claim.End)));
    }

    [Fact]
    public void Consolidating_packed_reports_equals_consolidating_the_originals()
    {
        var reports = new[] { Report(Full), Report(Event("2024-03-01", Sinpo)) with { DocumentId = 43, Role = Vocabulary.Roles.Primary } };
        var direct = Consolidator.Consolidate(reports);
        var packed = Consolidator.Consolidate(reports.Select(r => PackedReport.Unpack(PackedReport.Pack(r))).ToList());
        Assert.Equal(StoreJson.Write(direct.Event), StoreJson.Write(packed.Event));
        Assert.Equal(StoreJson.Write(direct.Explanations), StoreJson.Write(packed.Explanations));
    }
}
