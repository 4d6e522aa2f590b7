using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Apogee.Web.Tests.Support;

namespace Apogee.Web.Tests;

/// <summary>
/// The list endpoints of issue #14 on the real `apogee serve` process on 127.0.0.1: keyset pages, ETags and 304,
/// list rows that agree with the event page, and text search.
/// </summary>
public sealed class ListingServerTests(ListingServerTests.Server server) : IClassFixture<ListingServerTests.Server>
{
    private const string Key = "listing-key";
    private readonly HttpClient _client = server.Client;

    /// <summary>One seeded database and one server process for the class (a process start costs seconds).</summary>
    public sealed class Server : IAsyncLifetime
    {
        private readonly SeededDatabase _db = new();
        private ServeProcess? _serve;

        public HttpClient Client { get; private set; } = new();

        public async Task InitializeAsync()
        {
            _serve = await ServeProcess.StartAsync(_db.Path, Key);
            Client.Dispose();
            Client = new HttpClient { BaseAddress = _serve.Url };
        }

        public Task DisposeAsync()
        {
            Client.Dispose();
            _serve?.Dispose();
            _db.Dispose();
            return Task.CompletedTask;
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public async Task Following_next_visits_every_event_once_in_list_order(int limit)
    {
        var all = (await _client.GetJson("/api/events")).Items().Select(Id).ToList();
        var walked = new List<long>();
        var url = $"/api/events?limit={limit}";
        for (var guard = 0; guard < 20; guard++)
        {
            var page = await _client.GetJson(url);
            walked.AddRange(page.Items().Select(Id));
            if (page.GetProperty("next").ValueKind == JsonValueKind.Null) break;
            url = $"/api/events?limit={limit}&after={Uri.EscapeDataString(page.GetProperty("next").GetString()!)}";
        }

        Assert.Equal(all, walked);
        Assert.True(walked.Count >= SyntheticCorpus.EventCount); // other tests of the class may have stored more
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2024-13-01_4")]
    [InlineData("2024-01-01_x")]
    public async Task A_cursor_that_no_page_gave_is_a_bad_request_naming_after(string cursor)
    {
        using var r = await _client.GetAsync(new Uri($"/api/events?after={Uri.EscapeDataString(cursor)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("'after'", (await r.Json()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/events?category=ballistic")]
    [InlineData("/api/overview")]
    [InlineData("/api/export?format=csv")]
    public async Task An_unchanged_store_answers_304_until_an_article_is_stored(string url)
    {
        using var first = await _client.GetAsync(new Uri(url, UriKind.Relative));
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        Assert.Contains("no-cache", first.Headers.CacheControl?.ToString(), StringComparison.Ordinal);

        using var again = await Conditional(url, tag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());

        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/documents")
        {
            Content = JsonContent.Create(new { text = $"North Korea fired a ballistic missile from Sinpo on Tuesday, South Korea's military said. Filed under {url}.", published = "2025-02-05" }),
        };
        post.Headers.Add("X-Api-Key", Key);
        using var stored = await _client.SendAsync(post);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);

        using var after = await Conditional(url, tag);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(tag, after.Headers.ETag);
    }

    [Fact]
    public async Task A_list_row_says_what_its_event_page_says()
    {
        foreach (var row in (await _client.GetJson("/api/events")).Items())
        {
            var page = (await _client.GetJson($"/api/events/{Id(row)}")).GetProperty("summary");
            Assert.Equal(page.GetRawText(), row.GetRawText());
        }
    }

    [Theory]
    [InlineData("defence ministry", 1)]
    [InlineData("MINISTRY defence", 1)]
    [InlineData("\"defence ministry\"", 1)]
    [InlineData("\"ministry defence\"", 0)]
    [InlineData("defenc", 0)]
    public async Task Text_search_matches_words_and_quoted_phrases(string q, int expected)
    {
        var page = await _client.GetJson($"/api/events?q={Uri.EscapeDataString(q)}");
        Assert.Equal(expected, page.GetProperty("total").GetInt32());
        Assert.Equal(expected, page.Items().Count());
    }

    private static long Id(JsonElement e) => e.GetProperty("id").GetInt64();

    private async Task<HttpResponseMessage> Conditional(string url, EntityTagHeaderValue? tag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (tag is not null) request.Headers.IfNoneMatch.Add(tag);
        return await _client.SendAsync(request);
    }
}
