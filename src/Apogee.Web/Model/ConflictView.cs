namespace Apogee.Web.Model;

/// <summary>A field on which sources disagree, each side kept (e.g. count — Japan: 2 · South Korea: 1).</summary>
public sealed record ConflictView(string Field, string? Chosen, IReadOnlyList<ConflictSide> Sides);
