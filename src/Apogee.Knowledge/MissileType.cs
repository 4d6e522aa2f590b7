namespace Apogee.Knowledge;

/// <summary>A missile or launcher type with its contract category, range class and basing (null = not fixed by the type).</summary>
public sealed record MissileType(string Name, IReadOnlyList<string> Aliases, string Category, string? RangeClass, string? Basing);
