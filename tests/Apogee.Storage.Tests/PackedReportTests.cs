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

    [Theory]
    [InlineData(typeof(LaunchEvent), "Role Actor Date Weekday PartOfDay TimeLocal Count Category RangeClass Basing MissileName Site Direction Impact RangeKm ApogeeKm SpeedMach FlightTimeMin Claims")]
    [InlineData(typeof(DateBounds), "Earliest Latest Basis IsDay")]
    [InlineData(typeof(SiteRef), "Name Kind Lat Lon")]
    [InlineData(typeof(Impact), "Area Eez")]
    [InlineData(typeof(CountRange), "Min Max")]
    [InlineData(typeof(ClaimValue), "Number Text Count")]
    public void The_packer_knows_every_property_of_what_it_packs(Type type, string properties)
    {
        // A property added to the model must be added to PackedReport too (then here), or the cache would drop it.
        var names = type.GetProperties().Where(p => p.GetMethod?.IsStatic == false && p.Name != "EqualityContract").Select(p => p.Name);
        Assert.Equal(properties.Split(' ').Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_count_without_an_upper_bound_and_a_site_without_coordinates_survive_packing()
    {
        var e = Event("2024-03-01", Site("Somewhere", double.NaN, 0) with { Lat = null, Lon = null }) with { Count = CountRange.AtLeast(2), Date = new DateBounds(null, Day("2024-03-01"), "published") };
        var back = PackedReport.Unpack(PackedReport.Pack(Report(e) with { Claims = [new IdentifiedClaim(1, new Claim("count", ClaimValue.Of(CountRange.AtLeast(3)), "at_least", "media", null, "q", 0, 1))] }));
        Assert.Equal(StoreJson.Write(e), StoreJson.Write(back.Event));
        Assert.Equal(CountRange.AtLeast(3), back.Claims[0].Claim.Value.Count);
    }

    [Fact]
    public void Words_past_the_tables_capacity_are_spelled_out_and_still_read_back()
    {
        var words = Enumerable.Range(0, PackedWords.Capacity + 100).Select(i => $"packed-word-test-{i}").ToList();
        using var bytes = new MemoryStream();
        using (var w = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            foreach (var word in words) PackedWords.Write(w, word);
        }

        bytes.Position = 0;
        using var r = new BinaryReader(bytes);
        Assert.Equal(words, words.Select(_ => PackedWords.Read(r)));
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
