namespace Apogee.Watch.Tests.Support;

/// <summary>A clock the test moves by hand (timers still run in real time, which tiny intervals make harmless).</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
