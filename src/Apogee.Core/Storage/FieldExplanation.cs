namespace Apogee.Core.Storage;

/// <summary>Why a consolidated figure has its value: the rule that chose it, the claims it came from, and whether sources disagree.</summary>
public sealed record FieldExplanation(string Field, string? Value, string Rule, IReadOnlyList<long> ClaimIds, bool Conflict);
