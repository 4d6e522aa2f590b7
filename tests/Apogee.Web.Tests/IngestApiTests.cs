using System.Net;
using System.Net.Http.Json;
using System.Text;
using Apogee.Web.Tests.Support;

namespace Apogee.Web.Tests;

/// <summary>POST /api/documents: refused without the key, size-capped, problem+json errors, and it stores the article.</summary>
public sealed class IngestApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Article =
        "North Korea fired a ballistic missile from the Sinpo area on Tuesday morning, South Korea's Joint Chiefs of Staff said. " +
        "The missile flew about 600 km east before falling into the sea, the JCS said.";

    private HttpClient Client(string? key)
    {
        var c = factory.CreateClient();
        if (key is not null) c.DefaultRequestHeaders.Add("X-Api-Key", key);
        return c;
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized, "X-Api-Key")]
    [InlineData("wrong", HttpStatusCode.Unauthorized, "does not match")]
    public async Task Writes_need_the_right_key(string? key, HttpStatusCode status, string hint)
    {
        using var r = await Client(key).PostAsJsonAsync("/api/documents", new { text = Article, published = "2024-06-04" });
        Assert.Equal(status, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        Assert.Contains(hint, (await r.Json()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_are_refused_when_no_key_is_configured()
    {
        using var noKey = factory.WithWebHostBuilder(b => b.UseSetting("Apogee:ApiKey", ""));
        var c = noKey.CreateClient();
        c.DefaultRequestHeaders.Add("X-Api-Key", "anything");
        using var r = await c.PostAsJsonAsync("/api/documents", new { text = Article });
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        Assert.Contains("--api-key", (await r.Json()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oversized_bodies_are_refused_with_413()
    {
        var huge = new string('x', (int)ApiFactory.BodyCap + 10);
        using var r = await Client(ApiFactory.Key).PostAsJsonAsync("/api/documents", new { text = huge });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
        Assert.Contains("limit", (await r.Json()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("{\"text\": \"\"}", "empty")]
    [InlineData("{\"text\": \"a\", \"html\": \"<p>b</p>\"}", "not both")]
    [InlineData("{\"text\": \"a launch\", \"published\": \"June 4\"}", "published")]
    [InlineData("{\"text\": \"a launch\", \"name\": \"../etc/passwd\"}", "name")]
    public async Task Bad_articles_are_400_problems_that_say_what_to_fix(string body, string hint)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var r = await Client(ApiFactory.Key).PostAsync(new Uri("/api/documents", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains(hint, (await r.Json()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_is_stored_and_a_second_copy_is_a_duplicate()
    {
        var c = Client(ApiFactory.Key);
        using var first = await c.PostAsJsonAsync("/api/documents", new { name = "api-sinpo", text = Article, published = "2024-06-04", outlet = "Synthetic Wire" });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var body = await first.Json();
        Assert.Equal("api-sinpo", body.GetProperty("document").GetString());
        Assert.Contains(body.GetProperty("status").GetString(), new[] { "new", "irrelevant" });

        var docId = body.GetProperty("document_id").GetInt64();
        var doc = await c.GetJson($"/api/documents/{docId}");
        Assert.Equal("Synthetic Wire", doc.GetProperty("metadata").GetProperty("outlet").GetString());
        Assert.Contains("Sinpo", doc.GetProperty("text").GetString(), StringComparison.Ordinal);

        // Every event the response names exists and is listed.
        foreach (var e in body.GetProperty("events").EnumerateArray())
        {
            await c.GetJson($"/api/events/{e.GetProperty("id").GetInt64()}");
        }

        using var again = await c.PostAsJsonAsync("/api/documents", new { name = "api-sinpo-2", text = Article, published = "2024-06-04" });
        Assert.Equal("duplicate", (await again.Json()).GetProperty("status").GetString());
    }
}
