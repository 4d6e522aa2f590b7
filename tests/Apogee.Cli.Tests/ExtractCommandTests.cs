using System.Text.Json;
using Apogee.Core.Json;
using Apogee.Core.Model;

namespace Apogee.Cli.Tests;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "apogee-extract-" + Guid.NewGuid().ToString("N"));

    public ExtractCommandTests()
    {
        Directory.CreateDirectory(_dir);

        // Synthetic articles written for these tests.
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "North Korea fired a ballistic missile on Monday, South Korea's Joint Chiefs of Staff said.\nThe missile flew about 300 km, the JCS said.\n");
        File.WriteAllText(Path.Combine(_dir, "a.meta.json"), "{\"published\": \"2024-05-14\"}");
        File.WriteAllText(Path.Combine(_dir, "b.txt"), "The United Nations debated new sanctions on Wednesday.\n");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Prints_one_json_array_in_input_order()
    {
        var (code, stdout, stderr) = ExtractRun.Cli(_dir, "extract", "b.txt", "a.txt", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        var reports = JsonSerializer.Deserialize<List<JsonElement>>(stdout, ContractJson.Options)!;
        Assert.Equal(["b", "a"], reports.Select(r => r.GetProperty("document").GetString()));
        Assert.False(reports[0].GetProperty("relevant").GetBoolean());
        var a = reports[1];
        Assert.True(a.GetProperty("relevant").GetBoolean());
        Assert.Equal("2024-05-14", a.GetProperty("published").GetString());
        var ev = a.GetProperty("events")[0];
        Assert.Equal("primary", ev.GetProperty("role").GetString());
        Assert.Equal("2024-05-13", ev.GetProperty("date").GetProperty("earliest").GetString());
        Assert.Equal(300, ev.GetProperty("range_km").GetDouble());
        Assert.Contains(ev.GetProperty("claims").EnumerateArray(), c => c.GetProperty("field").GetString() == "range_km" && c.GetProperty("source").GetString() == "South Korea");
    }

    [Fact]
    public void A_bad_input_gets_one_line_on_stderr_and_the_batch_goes_on()
    {
        var (code, stdout, stderr) = ExtractRun.Cli(_dir, "extract", "missing.txt", "a.txt");
        Assert.Equal(1, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("missing.txt", line, StringComparison.Ordinal);
        var reports = JsonSerializer.Deserialize<List<JsonElement>>(stdout, ContractJson.Options)!;
        Assert.Equal("a", Assert.Single(reports).GetProperty("document").GetString());
    }

    [Fact]
    public void Published_option_dates_inputs_without_metadata()
    {
        var (_, stdout, _) = ExtractRun.Cli(_dir, "extract", "a.txt", "b.txt", "--published", "2020-01-01");
        var reports = JsonSerializer.Deserialize<List<LaunchReport>>(stdout, ContractJson.Options)!;
        Assert.Equal(new DateOnly(2024, 5, 14), reports[0].Published);
        Assert.Equal(new DateOnly(2020, 1, 1), reports[1].Published);
    }

    [Fact]
    public void Table_format_prints_one_line_per_document()
    {
        var (code, stdout, _) = ExtractRun.Cli(_dir, "extract", _dir, "--format", "table");
        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("a ", lines[1], StringComparison.Ordinal);
        Assert.Contains("yes", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("extract", "a.txt", "--format", "xml")]
    [InlineData("extract", "a.txt", "--published", "yesterday")]
    [InlineData("extract", "a.txt", "--max-bytes", "-5")]
    public void Bad_arguments_are_usage_errors(params string[] args)
    {
        var (code, _, stderr) = ExtractRun.Cli(_dir, args);
        Assert.Equal(2, code);
        Assert.StartsWith("apogee extract:", stderr, StringComparison.Ordinal);
    }
}
