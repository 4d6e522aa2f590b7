using Apogee.Core.Model;
using Apogee.Core.Storage;

namespace Apogee.Reporting.Tests;

public sealed class EventCsvTests
{
    [Theory]
    [InlineData("Sunan", "Sunan", "Sunan")]
    [InlineData("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1", "'+1")]
    [InlineData("-1", "'-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx", "'\tx")]
    [InlineData("a, b", "a, b", "\"a, b\"")]
    [InlineData("line\nbreak", "line\nbreak", "\"line\nbreak\"")]
    public void Text_cells_are_quoted_and_cannot_become_formulas(string name, string cell, string raw)
    {
        var csv = EventCsv.Write([Events.Stored(1, new LaunchEvent { MissileName = name })]);
        Assert.Equal(cell, Cells(csv)["missile_name"]);
        Assert.Contains("," + raw + ",", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_we_write_are_not_guarded()
    {
        var csv = EventCsv.Write([Events.Stored(1, new LaunchEvent { Site = new SiteRef("Far West", Vocabulary.SiteKinds.Region, -10.5, -70.25) })]);
        Assert.Equal("-10.5", Cells(csv)["site_lat"]);
        Assert.Equal("-70.25", Cells(csv)["site_lon"]);
    }

    [Fact]
    public void Rows_end_with_crlf_and_carry_the_ballistics_estimate()
    {
        var csv = EventCsv.Write([Events.Stored(7, Events.Flat, documents: ["b-doc", "a-doc"])]);
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        Assert.Equal(2, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        var cells = Cells(csv);
        var a = EventBallistics.Analyze(Events.Flat)!;
        Assert.Equal("7", cells["id"]);
        Assert.Equal("depressed", cells["trajectory"]);
        Assert.Equal(a.StandardRangeKm!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), cells["standard_range_km"]);
        Assert.True(double.Parse(cells["standard_range_low_km"], System.Globalization.CultureInfo.InvariantCulture) <= a.StandardRangeKm.Value);
        Assert.Equal("b-doc; a-doc", cells["documents"]);
    }

    [Fact]
    public void Header_is_the_column_table()
    {
        Assert.Equal(string.Join(',', ExportColumns.All.Select(c => c.Name)), EventCsv.Header);
        Assert.Equal(EventCsv.Header + "\r\n", EventCsv.Write([]));
    }

    /// <summary>Header name to cell of the first (only) row.</summary>
    private static Dictionary<string, string> Cells(string csv)
    {
        var header = EventCsv.Header.Split(',');
        var row = csv[(csv.IndexOf("\r\n", StringComparison.Ordinal) + 2)..^2];
        var cells = SplitRow(row);
        Assert.Equal(header.Length, cells.Count);
        return header.Zip(cells).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }

    /// <summary>An RFC 4180 row: quoted cells may hold commas, line breaks and doubled quotes.</summary>
    private static List<string> SplitRow(string row)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < row.Length; i++)
        {
            var ch = row[i];
            if (quoted && ch == '"' && i + 1 < row.Length && row[i + 1] == '"') current.Append(row[++i]);
            else if (ch == '"') quoted = !quoted;
            else if (ch == ',' && !quoted)
            {
                cells.Add(current.ToString());
                current.Clear();
            }
            else current.Append(ch);
        }

        cells.Add(current.ToString());
        return cells;
    }

    [Fact]
    public void Conflicts_name_disputed_and_flagged_fields()
    {
        var claims = new List<StoredClaim>
        {
            Events.Claim(1, Vocabulary.Fields.RangeKm, 700, Vocabulary.Sources.SouthKorea),
            Events.Claim(2, Vocabulary.Fields.RangeKm, 800, Vocabulary.Sources.Media, Vocabulary.Qualifiers.About),
            Events.Claim(3, Vocabulary.Fields.ApogeeKm, 50, Vocabulary.Sources.Japan),
            Events.Claim(4, Vocabulary.Fields.ApogeeKm, 50, Vocabulary.Sources.SouthKorea),
        };
        var flagged = new List<FieldExplanation> { new(Vocabulary.Fields.Category, "ballistic", "a rule", [], Conflict: true) };
        var stored = Events.Stored(1, Events.Flat, claims, flagged);
        Assert.Equal([Vocabulary.Fields.Category, Vocabulary.Fields.RangeKm], EventConflicts.Fields(stored));
    }
}
