using System.Net;
using Apogee.Web.Tests.Support;

namespace Apogee.Web.Tests;

/// <summary>GET /api/events and /api/events/{id} through the real HTTP pipeline over a seeded SQLite store.</summary>
public sealed class EventsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Lists_every_event_in_date_order()
    {
        var page = await _client.GetJson("/api/events");
        Assert.Equal(SyntheticCorpus.EventCount, page.GetProperty("total").GetInt32());
        var dates = page.Items().Select(e => e.GetProperty("earliest").GetString()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Equal("2023-07-12", dates[0]);
    }

    [Theory]
    [InlineData("category=cruise", 2)]
    [InlineData("category=HYPERSONIC", 1)]
    [InlineData("range_class=SRBM", 1)]
    [InlineData("site=Pyongyang", 3)]
    [InlineData("since=2024-01-01", 4)]
    [InlineData("since=2024-01-01&until=2024-01-31", 2)]
    [InlineData("min_range=900", 3)]
    [InlineData("max_range=400", 2)]
    [InlineData("q=defence%20ministry", 1)]
    [InlineData("category=space_launch", 0)]
    public async Task Filters_narrow_the_list(string query, int expected)
    {
        var page = await _client.GetJson("/api/events?" + query);
        Assert.Equal(expected, page.GetProperty("total").GetInt32());
        Assert.Equal(expected, page.Items().Count());
    }

    [Fact]
    public async Task Pages_are_disjoint_and_stable()
    {
        var all = (await _client.GetJson("/api/events")).Items().Select(e => e.GetProperty("id").GetInt64()).ToList();
        var paged = new List<long>();
        for (var offset = 0; offset < all.Count; offset += 4)
        {
            var page = await _client.GetJson($"/api/events?limit=4&offset={offset}");
            Assert.Equal(all.Count, page.GetProperty("total").GetInt32());
            paged.AddRange(page.Items().Select(e => e.GetProperty("id").GetInt64()));
        }

        Assert.Equal(all, paged);
    }

    [Theory]
    [InlineData("since=2024-13-01", "since")]
    [InlineData("until=yesterday", "until")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=5000", "limit")]
    [InlineData("offset=-1", "offset")]
    [InlineData("category=banana", "category")]
    [InlineData("range_class=XXL", "range_class")]
    [InlineData("min_range=far", "min_range")]
    [InlineData("min_range=900&max_range=100", "min_range")]
    [InlineData("since=2024-02-01&until=2024-01-01", "since")]
    public async Task Bad_filters_are_problems_that_name_the_parameter(string query, string parameter)
    {
        using var r = await _client.GetAsync(new Uri("/api/events?" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var detail = (await r.Json()).GetProperty("detail").GetString()!;
        Assert.Contains(parameter, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Event_page_keeps_disagreeing_sources_side_by_side()
    {
        var id = await IdOf("since=2024-01-14&until=2024-01-14&category=hypersonic");
        var e = await _client.GetJson($"/api/events/{id}");

        var count = e.GetProperty("conflicts").EnumerateArray().Single(c => c.GetProperty("field").GetString() == "count");
        var sides = count.GetProperty("sides").EnumerateArray()
            .ToDictionary(s => s.GetProperty("source").GetString()!, s => s.GetProperty("values").EnumerateArray().Select(v => v.GetString()).Single());
        Assert.Equal("2", sides["Japan"]);
        Assert.Equal("1", sides["South Korea"]);

        var sources = e.GetProperty("sources").EnumerateArray().Select(g => g.GetProperty("source").GetString()).ToList();
        Assert.Contains("Japan", sources);
        Assert.Contains("South Korea", sources);
        var docs = e.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("name").GetString()).ToList();
        Assert.Contains("a3-hypersonic-seoul", docs);
        Assert.Contains("a4-hypersonic-tokyo", docs);
        Assert.NotEmpty(e.GetProperty("explanations").EnumerateArray());
        var ballistics = e.GetProperty("ballistics");
        Assert.Equal(System.Text.Json.JsonValueKind.Object, ballistics.ValueKind);
        Assert.Equal(1000, ballistics.GetProperty("range_km").GetDouble());
    }

    [Fact]
    public async Task Every_claim_links_to_its_document_and_quote()
    {
        var id = await IdOf("since=2024-01-14&until=2024-01-14&category=hypersonic");
        var e = await _client.GetJson($"/api/events/{id}");
        foreach (var claim in e.GetProperty("sources").EnumerateArray().SelectMany(g => g.GetProperty("groups").EnumerateArray()).SelectMany(g => g.GetProperty("claims").EnumerateArray()))
        {
            var doc = await _client.GetJson($"/api/documents/{claim.GetProperty("document_id").GetInt64()}");
            var text = doc.GetProperty("text").GetString()!;
            var (start, end) = (claim.GetProperty("start").GetInt32(), claim.GetProperty("end").GetInt32());
            Assert.Equal(claim.GetProperty("quote").GetString(), text[start..end]);
        }
    }

    [Theory]
    [InlineData("/api/events/999999")]
    [InlineData("/api/documents/999999")]
    public async Task Unknown_ids_are_404_problems(string url)
    {
        using var r = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.Contains("999999", (await r.Json()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_counts_months_by_category_and_sites()
    {
        var o = await _client.GetJson("/api/overview");
        Assert.Equal(SyntheticCorpus.EventCount, o.GetProperty("total").GetInt32());
        var months = o.GetProperty("months").EnumerateArray()
            .Select(m => $"{m.GetProperty("month").GetString()}/{m.GetProperty("category").GetString()}={m.GetProperty("count").GetInt32()}").ToList();
        Assert.Equal(["2023-07/ballistic=1", "2023-09/cruise=1", "2024-01/cruise=1", "2024-01/hypersonic=1", "2024-03/ballistic=1", "2024-05/rocket_artillery=1"], months);
        var sites = o.GetProperty("sites").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("count").GetInt32());
        Assert.Equal(3, sites["Pyongyang"]);
        Assert.Equal(1, sites["Sunan"]);
    }

    private async Task<long> IdOf(string query) =>
        (await _client.GetJson("/api/events?" + query)).Items().Single().GetProperty("id").GetInt64();
}
