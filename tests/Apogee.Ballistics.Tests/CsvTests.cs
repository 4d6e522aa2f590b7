namespace Apogee.Ballistics.Tests;

public class CsvTests
{
    [Theory]
    [InlineData("a,b\n1,2\n", "1", "2")]
    [InlineData("a,b\r\n\"x, y\",2\r\n", "x, y", "2")]
    [InlineData("a,b\n\"say \"\"hi\"\"\",\n", "say \"hi\"", "")]
    [InlineData("\uFEFFa,b\n\"two\nlines\",z", "two\nlines", "z")]
    [InlineData("a,b\n1\n", "1", "")] // short row: missing cell reads empty
    public void Reads_rfc4180_fields(string text, string a, string b)
    {
        var t = CsvTable.Parse(text);
        var row = Assert.Single(t.Rows);
        Assert.Equal(a, t.Cell(row, "a"));
        Assert.Equal(b, t.Cell(row, "b"));
        Assert.Equal(string.Empty, t.Cell(row, "missing"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"unterminated")]
    [InlineData("\n\n")]
    public void Bad_input_never_throws(string text)
    {
        var t = CsvTable.Parse(text);
        Assert.Empty(t.Rows);
    }

    // Synthetic table in the facilities layout (made-up places).
    private const string Sites = """
        facility_name,lat,lon,alt_names
        Northfield Test Range,40.5,127.25,Northfield|North-Field Pad
        Bad Row,not-a-number,1,
        Offworld,95,10,
        Samsok,39.1,125.9,
        Samsok Second Pad,39.2,126.0,
        """;

    [Theory]
    [InlineData("Northfield Test Range", 40.5, 127.25)]
    [InlineData("north-field pad", 40.5, 127.25)]
    [InlineData("NORTHFIELD", 40.5, 127.25)]
    [InlineData("Northfield Test", 40.5, 127.25)] // unique prefix
    [InlineData("samsok", 39.1, 125.9)]           // exact wins over the longer name
    public void Site_locator_matches_names_and_alternates(string name, double lat, double lon)
    {
        var p = CsvSiteLocator.Parse(Sites).Locate(name);
        Assert.Equal(new GeoPoint(lat, lon), p);
    }

    [Theory]
    [InlineData("Bad Row")]
    [InlineData("Offworld")]
    [InlineData("Nowhere")]
    [InlineData("Sams")] // prefix of two different sites: ambiguous
    [InlineData("Nor")]  // too short to match as a prefix
    [InlineData("")]
    public void Site_locator_returns_null_for_unknown_or_invalid_sites(string name) =>
        Assert.Null(CsvSiteLocator.Parse(Sites).Locate(name));
}
