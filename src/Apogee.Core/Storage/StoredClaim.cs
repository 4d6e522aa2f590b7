using Apogee.Core.Model;

namespace Apogee.Core.Storage;

/// <summary>A claim as stored: which document said it and which event (if any) it was linked to.</summary>
public sealed record StoredClaim(long Id, long DocumentId, string DocumentName, string? Outlet, long? EventId, string Role, Claim Claim);
