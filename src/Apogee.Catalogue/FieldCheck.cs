namespace Apogee.Catalogue;

/// <summary>
/// One field of an event set against its catalogue launch: both values as written, whether they agree (null: not
/// compared, one side unknown), and the claims behind Apogee's value (its explanation's claim ids).
/// </summary>
public sealed record FieldCheck(string Field, string? Apogee, string? Catalogue, bool? Agrees, IReadOnlyList<long> ClaimIds);
