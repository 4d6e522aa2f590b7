using Apogee.Watch.Alerts;
using Apogee.Watch.Http;

namespace Apogee.Watch;

/// <summary>Everything a watch run is configured with: what to poll, request limits, where alerts go, where state lives.</summary>
public sealed record WatchHostOptions(WatchSettings Settings, string StatePath)
{
    public FetchLimits Limits { get; init; } = FetchLimits.Default;

    public IReadOnlyList<Uri> Webhooks { get; init; } = [];

    public WebhookRetryOptions Retry { get; init; } = WebhookRetryOptions.Default;

    /// <summary>Each fetched document's size and time budget for cleaning and extraction (--max-seconds).</summary>
    public Apogee.Core.Pipeline.DocumentBudget Budget { get; init; } = Apogee.Core.Pipeline.DocumentBudget.Default;
}
