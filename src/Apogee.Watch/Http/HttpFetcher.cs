using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Apogee.Watch.Http;

/// <summary>
/// The real fetcher: SocketsHttpHandler with pooled-connection recycling (so DNS changes are noticed), a per-host
/// gate, one timeout over the whole request (redirects included) and a size cap enforced while the body streams in
/// (a lying or missing Content-Length cannot make it buffer more than the cap). Redirects are followed here, not by
/// the handler, so every hop is checked to be http/https and waits its turn at its own host's gate.
/// </summary>
public sealed class HttpFetcher : IHttpFetcher, IDisposable
{
    private readonly HttpClient _client;
    private readonly FetchLimits _limits;
    private readonly HostGate _gate;
    private readonly TimeProvider _clock;

    public HttpFetcher(FetchLimits limits, TimeProvider clock, HostGate? gate = null)
    {
        _limits = limits;
        _clock = clock;
        _gate = gate ?? new HostGate();
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = limits.Timeout,
            AutomaticDecompression = DecompressionMethods.All,
            UseCookies = false,
        };
        // The per-request token below is the timeout; HttpClient's own would fire as a different exception.
        _client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }

    public async Task<FetchResult> GetAsync(Uri url, Validators validators, CancellationToken cancellationToken)
    {
        if (!IsWebUrl(url)) return FetchResult.Fail(url, WatchErrors.BadScheme(url), transient: false);
        using var timeout = new CancellationTokenSource(_limits.Timeout, _clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var current = url;
            for (var hop = 0; ; hop++)
            {
                using var entered = await _gate.EnterAsync(current, linked.Token).ConfigureAwait(false);
                // Validators belong to the URL asked for; a redirect target is fetched unconditionally.
                using var request = BuildRequest(current, hop == 0 ? validators : Validators.None);
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
                if (RedirectTarget(current, response) is not { } next)
                {
                    return await ReadAsync(url, current, response, validators, linked.Token).ConfigureAwait(false);
                }

                if (!IsWebUrl(next)) return FetchResult.Fail(url, WatchErrors.BadScheme(next), transient: false);
                if (hop >= _limits.MaxRedirects) return FetchResult.Fail(url, WatchErrors.TooManyRedirects(url, _limits.MaxRedirects), transient: false);
                current = next;
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Fail(url, WatchErrors.Timeout(url, _limits.Timeout), transient: true);
        }
        catch (HttpRequestException ex)
        {
            return FetchResult.Fail(url, WatchErrors.Network(url, ex.Message), transient: true);
        }
        catch (IOException ex)
        {
            return FetchResult.Fail(url, WatchErrors.Network(url, ex.Message), transient: true);
        }
    }

    public void Dispose() => _client.Dispose();

    internal static bool IsWebUrl(Uri url) =>
        url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    private HttpRequestMessage BuildRequest(Uri url, Validators validators)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", _limits.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5");
        if (validators.ETag is { } etag) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (validators.LastModified is { } lm) request.Headers.TryAddWithoutValidation("If-Modified-Since", lm);
        return request;
    }

    private static Uri? RedirectTarget(Uri current, HttpResponseMessage response) =>
        (int)response.StatusCode is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location
            ? location.IsAbsoluteUri ? location : new Uri(current, location)
            : null;

    private async Task<FetchResult> ReadAsync(Uri url, Uri finalUrl, HttpResponseMessage response, Validators sent, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchResult(FetchStatus.NotModified, finalUrl, null, null, Merge(ValidatorsOf(response), sent));
        }

        if (status is < 200 or >= 300)
        {
            var transient = status >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests || response.StatusCode == HttpStatusCode.RequestTimeout;
            return FetchResult.Fail(url, WatchErrors.Status(url, status), transient);
        }

        if (response.Content.Headers.ContentLength is { } declared && declared > _limits.MaxBytes)
        {
            return FetchResult.Fail(url, WatchErrors.TooLarge(url, _limits.MaxBytes), transient: false);
        }

        var bytes = await ReadCappedAsync(response.Content, ct).ConfigureAwait(false);
        if (bytes is null) return FetchResult.Fail(url, WatchErrors.TooLarge(url, _limits.MaxBytes), transient: false);
        var contentType = response.Content.Headers.ContentType;
        var body = Decode(bytes, contentType);
        return new FetchResult(FetchStatus.Fetched, finalUrl, body, contentType?.MediaType, ValidatorsOf(response));
    }

    /// <summary>Reads at most MaxBytes; null when the body is longer (the rest is never read).</summary>
    private async Task<byte[]?> ReadCappedAsync(HttpContent content, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var n = await stream.ReadAsync(chunk, ct).ConfigureAwait(false);
            if (n == 0) return buffer.ToArray();
            if (buffer.Length + n > _limits.MaxBytes) return null;
            buffer.Write(chunk, 0, n);
        }
    }

    private static string Decode(byte[] bytes, MediaTypeHeaderValue? contentType)
    {
        var encoding = Encoding.UTF8;
        if (contentType?.CharSet is { Length: > 0 } cs)
        {
            try
            {
                encoding = Encoding.GetEncoding(cs.Trim('"'));
            }
            catch (ArgumentException)
            {
                // An unknown charset label: UTF-8 is the best guess for modern news sites.
            }
        }

        using var reader = new StreamReader(new MemoryStream(bytes), encoding, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static Validators ValidatorsOf(HttpResponseMessage response)
    {
        var etag = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.TryGetValues("Last-Modified", out var lm) ? lm.FirstOrDefault()
            : response.Headers.TryGetValues("Last-Modified", out var lm2) ? lm2.FirstOrDefault() : null;
        return new Validators(etag, lastModified);
    }

    /// <summary>A 304 may omit validators; keep the ones we sent so the next poll is conditional too.</summary>
    private static Validators Merge(Validators received, Validators sent) =>
        new(received.ETag ?? sent.ETag, received.LastModified ?? sent.LastModified);
}
