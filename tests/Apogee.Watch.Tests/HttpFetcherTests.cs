using Apogee.Watch.Http;
using Apogee.Watch.Tests.Support;

namespace Apogee.Watch.Tests;

/// <summary>The fetcher's limits, each against a real local server.</summary>
public sealed class HttpFetcherTests : IAsyncLifetime
{
    private static readonly FetchLimits Limits = new() { MaxBytes = 32 * 1024, Timeout = TimeSpan.FromSeconds(3), MaxRedirects = 2 };
    private ScriptedServer _server = null!;
    private HttpFetcher _fetcher = null!;

    public async Task InitializeAsync()
    {
        _server = await ScriptedServer.StartAsync();
        await _server.WarmUpAsync();
        _fetcher = new HttpFetcher(Limits, TimeProvider.System);
        _server.Serve("ok", "text/html; charset=utf-8", "<p>Kim Jong Un \u2014 ok</p>", etag: "\"e1\"");
        _server.Serve("big-declared", "text/html", new string('x', 40 * 1024));
        _server.On("big-streamed", Responses.Chunked(4 * 1024 * 1024));
        _server.On("slow", Responses.Slow(TimeSpan.FromSeconds(30), "text/html", "late"));
        _server.On("gone", Responses.Status(404));
        _server.On("boom", Responses.Status(500));
        _server.On("busy", Responses.Status(429));
        _server.On("hop1", Responses.Redirect("/hop2"));
        _server.On("hop2", Responses.Redirect("/ok"));
        _server.On("loop1", Responses.Redirect("/loop2"));
        _server.On("loop2", Responses.Redirect("/loop3"));
        _server.On("loop3", Responses.Redirect("/loop1"));
        _server.On("to-ftp", Responses.Redirect("ftp://127.0.0.1/file"));
    }

    public async Task DisposeAsync()
    {
        _fetcher.Dispose();
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData("ok", FetchStatus.Fetched, false, null)]
    [InlineData("hop1", FetchStatus.Fetched, false, null)]
    [InlineData("big-declared", FetchStatus.Failed, false, "response larger than 32768 bytes")]
    [InlineData("big-streamed", FetchStatus.Failed, false, "response larger than 32768 bytes")]
    [InlineData("slow", FetchStatus.Failed, true, "no complete response within 3 s")]
    [InlineData("gone", FetchStatus.Failed, false, "HTTP 404")]
    [InlineData("boom", FetchStatus.Failed, true, "HTTP 500")]
    [InlineData("busy", FetchStatus.Failed, true, "HTTP 429")]
    [InlineData("loop1", FetchStatus.Failed, false, "more than 2 redirects")]
    [InlineData("to-ftp", FetchStatus.Failed, false, "only http and https")]
    public async Task Each_limit_is_enforced(string path, FetchStatus status, bool transient, string? error)
    {
        var r = await _fetcher.GetAsync(_server.Url(path), Validators.None, CancellationToken.None);

        Assert.Equal(status, r.Status);
        Assert.True(transient == r.Transient, r.Error);
        if (error is null) Assert.Null(r.Error);
        else Assert.Contains(error, r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirected_fetch_reports_its_final_url_and_decodes_the_charset()
    {
        var r = await _fetcher.GetAsync(_server.Url("hop1"), Validators.None, CancellationToken.None);

        Assert.Equal(_server.Url("ok"), r.Url);
        Assert.Equal("<p>Kim Jong Un \u2014 ok</p>", r.Body);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/feed.xml")]
    [InlineData("file:///etc/passwd")]
    public async Task Only_http_and_https_are_fetched(string url)
    {
        var r = await _fetcher.GetAsync(new Uri(url), Validators.None, CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, r.Status);
        Assert.Contains("only http and https", r.Error, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task A_conditional_get_with_the_servers_etag_is_not_modified_and_keeps_the_validators()
    {
        var first = await _fetcher.GetAsync(_server.Url("ok"), Validators.None, CancellationToken.None);
        var second = await _fetcher.GetAsync(_server.Url("ok"), first.Validators, CancellationToken.None);

        Assert.Equal("\"e1\"", first.Validators.ETag);
        Assert.Equal(FetchStatus.NotModified, second.Status);
        Assert.Equal("\"e1\"", second.Validators.ETag);
        Assert.Null(second.Body);
    }

    [Fact]
    public async Task Last_modified_is_sent_back_as_if_modified_since()
    {
        const string stamp = "Fri, 20 Nov 2026 01:00:00 GMT";
        _server.On("dated", async ctx =>
        {
            if (ctx.Request.Headers.IfModifiedSince.ToString() == stamp)
            {
                ctx.Response.StatusCode = 304;
                return;
            }

            ctx.Response.Headers.LastModified = stamp;
            await Responses.Content(ctx, "application/rss+xml", "<rss/>");
        });

        var first = await _fetcher.GetAsync(_server.Url("dated"), Validators.None, CancellationToken.None);
        var second = await _fetcher.GetAsync(_server.Url("dated"), first.Validators, CancellationToken.None);

        Assert.Equal(stamp, first.Validators.LastModified);
        Assert.Equal(FetchStatus.NotModified, second.Status);
        Assert.Equal(stamp, second.Validators.LastModified);
    }

    [Fact]
    public async Task A_refused_connection_is_a_transient_failure_not_an_exception()
    {
        // Port 1 on loopback: nothing listens there.
        var r = await _fetcher.GetAsync(new Uri("http://127.0.0.1:1/feed.xml"), Validators.None, CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, r.Status);
        Assert.True(r.Transient);
        Assert.Contains("network error", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_to_one_host_go_one_at_a_time()
    {
        _server.On("pause", Responses.Slow(TimeSpan.FromMilliseconds(200), "text/plain", "done"));

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _fetcher.GetAsync(_server.Url("pause"), Validators.None, CancellationToken.None)));

        Assert.All(results, r => Assert.Equal(FetchStatus.Fetched, r.Status));
        Assert.Equal(1, _server.MaxInFlight);
    }
}
