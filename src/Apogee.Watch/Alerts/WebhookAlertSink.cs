using System.Text;
using Apogee.Core;
using Polly;

namespace Apogee.Watch.Alerts;

/// <summary>POSTs each alert as JSON to one webhook URL through the retry pipeline.</summary>
public sealed class WebhookAlertSink(HttpClient client, Uri url, ResiliencePipeline<HttpResponseMessage> pipeline) : IAlertSink
{
    public string Name => $"webhook {url}";

    public async Task<Result<bool>> SendAsync(Alert alert, CancellationToken cancellationToken)
    {
        var body = AlertJson.Serialize(alert);
        try
        {
            using var response = await pipeline.ExecuteAsync(
                async ct =>
                {
                    // A request message can be sent once; every attempt builds its own.
                    using var request = new HttpRequestMessage(HttpMethod.Post, url)
                    {
                        Content = new StringContent(body, Encoding.UTF8, "application/json"),
                    };
                    return await client.SendAsync(request, ct).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? Result<bool>.Ok(true)
                : Result<bool>.Fail(WatchErrors.WebhookFailed(url, WatchErrors.WebhookStatus((int)response.StatusCode)));
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return Result<bool>.Fail(WatchErrors.WebhookFailed(url, ex.Message));
        }
    }
}
