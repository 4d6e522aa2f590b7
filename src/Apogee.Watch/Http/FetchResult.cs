namespace Apogee.Watch.Http;

/// <summary>
/// What one GET produced. <see cref="Transient"/> failures (network, timeout, 5xx, 429) are worth retrying later;
/// the others (4xx, oversized, bad scheme) will not get better by asking again.
/// </summary>
public sealed record FetchResult(
    FetchStatus Status,
    Uri Url,
    string? Body,
    string? ContentType,
    Validators Validators,
    string? Error = null,
    bool Transient = false)
{
    public static FetchResult Fail(Uri url, string error, bool transient) =>
        new(FetchStatus.Failed, url, null, null, Validators.None, error, transient);
}
