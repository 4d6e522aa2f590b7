namespace Apogee.Core.Model;

/// <summary>A launch as one document reports it: the contract's event object.</summary>
public sealed record LaunchEvent
{
    public string Role { get; init; } = Vocabulary.Roles.Primary;
    public string Actor { get; init; } = "North Korea";
    public DateBounds Date { get; init; } = DateBounds.Unknown;
    public string? Weekday { get; init; }
    public string? PartOfDay { get; init; }
    public string? TimeLocal { get; init; }
    public CountRange? Count { get; init; }
    public string Category { get; init; } = Vocabulary.Categories.Unknown;
    public string? RangeClass { get; init; }
    public string? Basing { get; init; }
    public string? MissileName { get; init; }
    public SiteRef? Site { get; init; }
    public string? Direction { get; init; }
    public Impact? Impact { get; init; }
    public double? RangeKm { get; init; }
    public double? ApogeeKm { get; init; }
    public double? SpeedMach { get; init; }
    public double? FlightTimeMin { get; init; }
    public IReadOnlyList<Claim> Claims { get; init; } = [];
}
