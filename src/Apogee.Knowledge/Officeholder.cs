namespace Apogee.Knowledge;

/// <summary>
/// One tenure of one person in one office. <see cref="To"/> is the day the successor took office (null = in office).
/// <see cref="Patterns"/> are the surface forms that name this tenure unambiguously.
/// </summary>
public sealed record Officeholder(string Name, string Office, string Country, DateOnly From, DateOnly? To, IReadOnlyList<string> Patterns)
{
    /// <summary>True when the tenure covers <paramref name="day"/> (the hand-over day counts for both holders).</summary>
    public bool Covers(DateOnly day) => day >= From && (To is null || day <= To.Value);
}
