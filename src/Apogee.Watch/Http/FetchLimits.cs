namespace Apogee.Watch.Http;

/// <summary>How far one request may go: body size, wall time, redirects. Defaults suit news pages and feeds.</summary>
public sealed record FetchLimits
{
    public const long DefaultMaxBytes = 5 * 1024 * 1024;

    public long MaxBytes { get; init; } = DefaultMaxBytes;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public int MaxRedirects { get; init; } = 5;

    public string UserAgent { get; init; } = "Apogee-Watch/1.0 (+https://github.com/apogee)";

    public static FetchLimits Default { get; } = new();
}
