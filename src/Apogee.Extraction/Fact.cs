using Apogee.Core.Model;

namespace Apogee.Extraction;

/// <summary>One value a sentence states for a field, before it is attributed and becomes a claim.</summary>
/// <remarks><see cref="At"/> is where in the sentence the value is written (-1 unknown), so a sentence quoting two parties can give each its own.</remarks>
public sealed record Fact(string Field, ClaimValue Value, string Qualifier = Vocabulary.Qualifiers.Exact, int At = -1);
