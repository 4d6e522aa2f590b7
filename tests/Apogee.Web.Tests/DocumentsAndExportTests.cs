using System.Net;
using System.Text.Json;
using Apogee.Core.Model;
using Apogee.Core.Storage;
using Apogee.Reporting;
using Apogee.Web.Tests.Support;

namespace Apogee.Web.Tests;

/// <summary>GET /api/documents/{id}, /api/export in three formats, the OpenAPI document and the static dashboard.</summary>
public sealed class DocumentsAndExportTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Document_has_clean_text_spans_and_removed_boilerplate()
    {
        var id = await DocumentId("a1-icbm-july");
        var d = await _client.GetJson($"/api/documents/{id}");
        var text = d.GetProperty("text").GetString()!;
        var spans = d.GetProperty("spans").EnumerateArray().ToList();
        Assert.Equal(2, spans.Count);
        Assert.All(spans, s => Assert.StartsWith("The Joint Chiefs", text[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()], StringComparison.Ordinal));
        var removed = d.GetProperty("removed").EnumerateArray().Single();
        Assert.Equal("signup-prompt", removed.GetProperty("reason").GetString());
        Assert.Equal("Synthetic Herald", d.GetProperty("metadata").GetProperty("outlet").GetString());
    }

    [Fact]
    public async Task Csv_export_has_one_row_per_filtered_event()
    {
        using var r = await _client.GetAsync(new Uri("/api/export?format=csv&site=Pyongyang", UriKind.Relative));
        Assert.Equal("text/csv", r.Content.Headers.ContentType?.MediaType);
        var lines = (await r.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,date_earliest,date_latest", lines[0], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Contains(",Pyongyang,", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_cells_from_articles_cannot_become_formulas()
    {
        var hostile = new StoredEvent(
            1,
            new LaunchEvent { Actor = "=HYPERLINK(\"x\")", MissileName = "@SUM(A1)", Direction = "-east" },
            ["+doc"],
            [],
            []);
        var csv = EventCsv.Write([hostile]);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", csv, StringComparison.Ordinal);
        Assert.Contains(",'@SUM(A1),", csv, StringComparison.Ordinal);
        Assert.Contains(",'-east,", csv, StringComparison.Ordinal);
        Assert.EndsWith(",'+doc\r\n", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv", "")]
    [InlineData("geojson", "")]
    [InlineData("json", "")]
    [InlineData("csv", "&category=hypersonic&since=2024-01-01")]
    [InlineData("geojson", "&site=Pyongyang")]
    public async Task Cli_and_web_exports_of_the_same_store_are_identical(string format, string filters)
    {
        using var r = await _client.GetAsync(new Uri($"/api/export?format={format}{filters}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var web = await r.Content.ReadAsStringAsync();

        var output = $"cli-{format}-{filters.Length}.out";
        var args = new List<string> { "export", "--format", format, "--db", factory.Database.Path, "--output", output };
        foreach (var pair in filters.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            args.AddRange(["--" + name, value]);
        }

        var context = new Apogee.Cli.Framework.CliContext(TextWriter.Null, TextWriter.Null, TextReader.Null, factory.Database.Folder, TimeProvider.System);
        Assert.Equal(0, Apogee.Cli.CliApp.Run([.. args], context));
        var cli = File.ReadAllText(Path.Combine(factory.Database.Folder, output));
        // The CLI ends json/geojson with a newline for the terminal; the bytes before it are the web's.
        Assert.Equal(web, format == "csv" ? cli : cli.TrimEnd('\n'));
        Assert.True(web.Length > 200);
    }

    [Fact]
    public async Task Exports_carry_the_ballistics_estimate()
    {
        using var r = await _client.GetAsync(new Uri("/api/export?format=csv&category=hypersonic", UriKind.Relative));
        var lines = (await r.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        Assert.Contains("standard_range_km", header);
        Assert.Contains("standard_range_low_km", header);
        Assert.Contains("standard_range_high_km", header);
        var trajectory = Array.IndexOf(header, "trajectory");
        var standard = Array.IndexOf(header, "standard_range_km");
        // Both hypersonic reports: 1,000 km with a 50 km apogee is a flat, depressed flight reaching farther on a standard one.
        var withFigures = lines.Skip(1).Select(l => l.Split(',')).Where(c => c[trajectory].Length > 0).ToList();
        Assert.NotEmpty(withFigures);
        Assert.All(withFigures, c => Assert.Equal("depressed", c[trajectory]));
        Assert.All(withFigures, c => Assert.True(double.Parse(c[standard], System.Globalization.CultureInfo.InvariantCulture) > 1000));

        var fc = await _client.GetJson("/api/export?format=geojson");
        var lofted = fc.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties"))
            .Single(p => p.GetProperty("apogee_km").ValueKind == JsonValueKind.Number && p.GetProperty("apogee_km").GetDouble() == 6000);
        Assert.Equal("lofted", lofted.GetProperty("trajectory").GetString());
        Assert.True(lofted.GetProperty("standard_range_km").GetDouble() > 10000);
    }

    [Fact]
    public async Task GeoJson_export_has_a_feature_per_event_with_lon_lat_points()
    {
        using var r = await _client.GetAsync(new Uri("/api/export?format=geojson", UriKind.Relative));
        var fc = await r.Json();
        Assert.Equal("FeatureCollection", fc.GetProperty("type").GetString());
        var features = fc.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(SyntheticCorpus.EventCount, features.Count);
        var sunan = features.Single(f => f.GetProperty("properties").GetProperty("site").ValueKind == JsonValueKind.String
            && f.GetProperty("properties").GetProperty("site").GetString() == "Sunan");
        var coords = sunan.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
        Assert.Equal([SyntheticCorpus.Sunan.Lon!.Value, SyntheticCorpus.Sunan.Lat!.Value], coords);
    }

    [Theory]
    [InlineData("json", "category=cruise", 2)]
    [InlineData("json", "", 6)]
    public async Task Json_export_uses_the_same_filters(string format, string query, int expected)
    {
        var rows = await _client.GetJson($"/api/export?format={format}&{query}");
        Assert.Equal(expected, rows.GetArrayLength());
    }

    [Theory]
    [InlineData("format=xml", "format")]
    [InlineData("format=csv&since=soon", "since")]
    public async Task Bad_export_requests_are_problems(string query, string word)
    {
        using var r = await _client.GetAsync(new Uri("/api/export?" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains(word, (await r.Json()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_api()
    {
        var doc = await _client.GetJson("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var p in new[] { "/api/events", "/api/events/{id}", "/api/documents/{id}", "/api/documents", "/api/export", "/api/overview" })
        {
            Assert.Contains(p, paths);
        }
    }

    [Fact]
    public async Task Dashboard_is_served_with_a_strict_content_security_policy()
    {
        using var r = await _client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var csp = r.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        var html = await r.Content.ReadAsStringAsync();
        Assert.Contains("/lib/d3.min.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/lib/d3.min.js")]
    [InlineData("/lib/topojson-client.min.js")]
    [InlineData("/lib/countries-50m.json")]
    [InlineData("/js/main.js")]
    [InlineData("/app.css")]
    public async Task Front_end_dependencies_are_served_locally(string path)
    {
        using var r = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
    }

    private async Task<long> DocumentId(string name)
    {
        var events = await _client.GetJson("/api/events?limit=1000");
        foreach (var e in events.Items())
        {
            var detail = await _client.GetJson($"/api/events/{e.GetProperty("id").GetInt64()}");
            foreach (var d in detail.GetProperty("documents").EnumerateArray())
            {
                if (d.GetProperty("name").GetString() == name) return d.GetProperty("id").GetInt64();
            }
        }

        throw new InvalidOperationException($"no document {name}");
    }
}
