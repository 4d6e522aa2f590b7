namespace Apogee.Web.Model;

/// <summary>One source's position in a disagreement: the values it gave and the claims that carry them.</summary>
public sealed record ConflictSide(string Source, IReadOnlyList<string> Values, IReadOnlyList<long> ClaimIds);
