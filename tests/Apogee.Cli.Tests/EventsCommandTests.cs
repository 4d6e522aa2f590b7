using System.Text.Json;

namespace Apogee.Cli.Tests;

public sealed class EventsCommandTests : IDisposable
{
    private readonly EventsTestData _data = new EventsTestData().Seed();

    public void Dispose() => _data.Dispose();

    [Theory]
    [InlineData(new string[0], new long[] { 1, 2, 3 })]
    [InlineData(new[] { "--since", "2024-05-01" }, new long[] { 2, 3 })]
    [InlineData(new[] { "--until", "2024-04-30" }, new long[] { 1 })]
    [InlineData(new[] { "--site", "sinpo" }, new long[] { 2 })]
    [InlineData(new[] { "--category", "cruise" }, new long[] { 2 })]
    [InlineData(new[] { "--min-range", "1000" }, new long[] { 2 })]
    [InlineData(new[] { "--since", "2024-04-01", "--min-range", "500" }, new long[] { 1, 2 })]
    [InlineData(new[] { "--limit", "2" }, new long[] { 1, 2 })]
    [InlineData(new[] { "--offset", "1", "--limit", "1" }, new long[] { 2 })]
    [InlineData(new[] { "--offset", "5" }, new long[0])]
    public void Json_lists_the_filtered_events_with_id_reports_and_documents(string[] filters, long[] ids)
    {
        var (code, stdout, stderr) = _data.Run(["events", "--format", "json", .. filters]);
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(ids, json.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
    }

    [Fact]
    public void Json_event_carries_contract_fields_and_consolidated_values()
    {
        using var json = JsonDocument.Parse(_data.Run("events", "--format", "json").Out);
        var first = json.RootElement[0];
        Assert.Equal(2, first.GetProperty("reports").GetInt32());
        Assert.Equal(["seoul-desk", "wire-desk"], first.GetProperty("documents").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(700, first.GetProperty("range_km").GetDouble());
        Assert.Equal("2024-04-02", first.GetProperty("date").GetProperty("earliest").GetString());
        Assert.Equal("Sunan", first.GetProperty("site").GetProperty("name").GetString());
        Assert.Equal(4, first.GetProperty("claims").GetArrayLength());
    }

    [Fact]
    public void Table_and_csv_show_one_row_per_event()
    {
        var table = _data.Run("events").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("ID", table[0], StringComparison.Ordinal);
        Assert.Equal("3 event(s)", table[^1]);
        Assert.Contains(table, l => l.StartsWith("2 ", StringComparison.Ordinal) && l.Contains("Sinpo", StringComparison.Ordinal) && l.Contains("1500", StringComparison.Ordinal));

        var csv = _data.Run("events", "--format", "csv").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, csv.Length);
        Assert.StartsWith("id,date_earliest,date_latest", csv[0], StringComparison.Ordinal);
        Assert.EndsWith(",2,Japan; South Korea; media,category; range_km,,seoul-desk; wire-desk", csv[1], StringComparison.Ordinal); // no catalogue_id: none imported
    }

    [Theory]
    [InlineData("--format", "xml", "table|json|csv")]
    [InlineData("--since", "yesterday", "YYYY-MM-DD")]
    [InlineData("--category", "laser", "ballistic")]
    [InlineData("--min-range", "far", "number")]
    [InlineData("--limit", "-1", "whole number")]
    [InlineData("--offset", "1.5", "whole number")]
    public void Bad_options_are_usage_errors(string option, string value, string hint)
    {
        var (code, _, stderr) = _data.Run("events", option, value);
        Assert.Equal(2, code);
        Assert.Contains(hint, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_database_is_reported_not_created()
    {
        var (code, _, stderr) = _data.Run("events", "--db", "nowhere.db");
        Assert.Equal(3, code);
        Assert.Contains("no database at", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_data.Dir, "nowhere.db")));
    }
}
