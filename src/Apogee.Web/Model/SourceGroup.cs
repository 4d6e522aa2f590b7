namespace Apogee.Web.Model;

/// <summary>Everything one source (a country or party) said about an event.</summary>
public sealed record SourceGroup(string Source, IReadOnlyList<ClaimView> Claims);
