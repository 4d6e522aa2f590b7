namespace Apogee.Knowledge;

/// <summary>A missile type found in a text; <see cref="Surface"/> is the text as written (e.g. "Hwasongpho-19").</summary>
public sealed record MissileMention(MissileType Missile, int Start, int Length, string Surface);
