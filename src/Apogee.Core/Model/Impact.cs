namespace Apogee.Core.Model;

/// <summary>Where the missile came down: the sea or area named, and whether inside Japan's exclusive economic zone.</summary>
public sealed record Impact(string? Area, string? Eez);
