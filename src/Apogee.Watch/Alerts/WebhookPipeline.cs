using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Apogee.Watch.Alerts;

/// <summary>
/// The Polly pipeline around each webhook POST: a per-attempt timeout inside exponential-backoff retries of network
/// errors, timeouts, 5xx, 408 and 429. A 4xx other than those means the receiver rejects the alert: retrying cannot help.
/// </summary>
public static class WebhookPipeline
{
    public static ResiliencePipeline<HttpResponseMessage> Create(WebhookRetryOptions options, TimeProvider clock) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(0, options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                Delay = options.Delay,
                UseJitter = false,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(IsRetryable),
                OnRetry = args =>
                {
                    // The failed response is replaced by the next attempt's; free its connection now.
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            })
            .AddTimeout(options.Timeout)
            .Build();

    private static bool IsRetryable(HttpResponseMessage r) =>
        (int)r.StatusCode >= 500 || r.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout;
}
