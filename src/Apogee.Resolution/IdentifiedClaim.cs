using Apogee.Core.Model;

namespace Apogee.Resolution;

/// <summary>A claim with the id the store gave it, so explanations can point at it.</summary>
public sealed record IdentifiedClaim(long Id, Claim Claim);
