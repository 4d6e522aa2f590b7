using Apogee.Catalogue;

namespace Apogee.Cli.Tests;

/// <summary>The CNS reader's cells and the missile families the matcher compares, case by case.</summary>
public sealed class CatalogueCsvTests
{
    [Theory]
    [InlineData("200", 200.0)]
    [InlineData("200 km", 200.0)]
    [InlineData("2,802 km", 2802.0)]
    [InlineData("~1,000km", 1000.0)]
    [InlineData("about 60 km", 60.0)]
    [InlineData("Over 4,500 km", 4500.0)]
    [InlineData("50.5", 50.5)]
    [InlineData("Unknown", null)]
    [InlineData("", null)]
    [InlineData("N/A", null)]
    public void A_distance_cell_reads_as_km_or_unknown(string cell, double? km)
    {
        var read = CatalogueCsv.Distance(cell);
        Assert.True(read.IsSuccess);
        Assert.Equal(km, read.Value);
    }

    [Theory]
    [InlineData("very high")]
    [InlineData("200 miles")]
    [InlineData("-5")]
    public void A_distance_cell_that_is_no_distance_fails_with_the_cell(string cell)
    {
        var read = CatalogueCsv.Distance(cell);
        Assert.False(read.IsSuccess);
        Assert.Equal(cell, read.Error);
    }

    [Theory]
    [InlineData("2024-04-02")]
    [InlineData("4/2/2024")]
    [InlineData("2-Apr-24")]
    [InlineData("2-Apr-2024")]
    [InlineData("2 April 2024")]
    [InlineData("April 2, 2024")]
    public void Dates_of_every_cns_copy_read_as_one_day(string text) =>
        Assert.Equal(new DateOnly(2024, 4, 2), CatalogueCsv.ParseDate(text));

    [Theory]
    [InlineData("9-Apr-84", 1984)] // Excel's two-digit years: the CNS record starts in 1984
    [InlineData("29-Nov-17", 2017)]
    public void Two_digit_years_fall_in_the_databases_span(string text, int year) =>
        Assert.Equal(year, CatalogueCsv.ParseDate(text)?.Year);

    [Theory]
    [InlineData("KN-23", "Hwasong-11A (KN-23)", true)]
    [InlineData("Hwasong-11D", "Hwasong-11A (KN-23)", true)]
    [InlineData("Pukguksong", "Pukguksong-1", true)]
    [InlineData("Scud", "Scud-C MaRV", true)]
    [InlineData("Hwasong-15", "Hwasong-17", false)]
    [InlineData("Nodong", "ER Scud", false)]
    [InlineData(null, "KN-25", null)]
    [InlineData("KN-25", "Unknown", null)]
    public void Missile_families_agree_across_designations_variants_and_family_names(string? news, string cns, bool? agree)
    {
        var launch = new Core.Catalogue.CatalogueLaunch(1, new DateOnly(2024, 1, 1), "North Korea", cns == "Unknown" ? null : cns, null, null, null, null, 1, null, null, null, "x:2");
        Assert.Equal(agree, CatalogueMatcher.FamilyAgreement(MissileFamily.Of(news), launch));
    }
}
