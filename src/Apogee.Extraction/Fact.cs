using Apogee.Core.Model;

namespace Apogee.Extraction;

/// <summary>One value a sentence states for a field, before it is attributed and becomes a claim.</summary>
public sealed record Fact(string Field, ClaimValue Value, string Qualifier = Vocabulary.Qualifiers.Exact);
