namespace Apogee.Knowledge;

/// <summary>A place found in a text; <see cref="Surface"/> is the text as written (e.g. "Dongchang-ri").</summary>
public sealed record PlaceMention(Place Place, int Start, int Length, string Surface);
