namespace Apogee.Watch;

/// <summary>What to watch and how often. <see cref="Once"/> runs a single cycle (tests, cron).</summary>
public sealed record WatchSettings(IReadOnlyList<Uri> Feeds, IReadOnlyList<Uri> Pages)
{
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromHours(1);

    public bool Once { get; init; }
}
