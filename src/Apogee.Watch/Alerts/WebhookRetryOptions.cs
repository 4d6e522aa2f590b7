namespace Apogee.Watch.Alerts;

/// <summary>How hard to try a webhook: retries after the first attempt, the first back-off delay (doubling), and the per-attempt timeout.</summary>
public sealed record WebhookRetryOptions(int MaxRetries = 4, TimeSpan? BaseDelay = null, TimeSpan? AttemptTimeout = null)
{
    public TimeSpan Delay => BaseDelay ?? TimeSpan.FromSeconds(1);

    public TimeSpan Timeout => AttemptTimeout ?? TimeSpan.FromSeconds(10);

    public static WebhookRetryOptions Default { get; } = new();
}
