namespace Apogee.Watch;

/// <summary>
/// Per-URL back-off for sources that keep failing: after n consecutive failures a source is next polled at the first
/// cycle at least 2^(n-1) intervals later (capped), so the first failure is simply retried on the next cycle and each
/// further one doubles the wait. Half an interval of slack absorbs the time a cycle itself takes.
/// Time comes from the loop's clock, so tests can step through it.
/// </summary>
public sealed class SourceBackoff(TimeSpan interval, TimeSpan max)
{
    private readonly Dictionary<string, (int Failures, DateTimeOffset Due)> _sources = new(StringComparer.Ordinal);

    public bool IsWaiting(Uri url, DateTimeOffset now) =>
        _sources.TryGetValue(url.AbsoluteUri, out var s) && now < s.Due;

    public int Failures(Uri url) => _sources.TryGetValue(url.AbsoluteUri, out var s) ? s.Failures : 0;

    /// <summary>Records a failure; returns when the source will next be tried.</summary>
    public DateTimeOffset Failed(Uri url, DateTimeOffset now)
    {
        var failures = Failures(url) + 1;
        var factor = Math.Pow(2, Math.Min(failures - 1, 30)) - 0.5;
        var wait = TimeSpan.FromTicks((long)Math.Min(interval.Ticks * factor, max.Ticks));
        var due = now + wait;
        _sources[url.AbsoluteUri] = (failures, due);
        return due;
    }

    public void Succeeded(Uri url) => _sources.Remove(url.AbsoluteUri);
}
