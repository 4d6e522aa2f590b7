namespace Apogee.Web.Model;

/// <summary>Everything one source (a country or party) said about an event: <see cref="Claims"/> claims in <see cref="Groups"/> of identical ones.</summary>
public sealed record SourceGroup(string Source, int Claims, IReadOnlyList<ClaimGroupView> Groups);
