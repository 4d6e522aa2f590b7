namespace Apogee.Web.Model;

/// <summary>Where a claim's quote sits in the article's clean text ([Start, End) offsets), to highlight it.</summary>
public sealed record ClaimSpan(long ClaimId, string Field, string Display, string Qualifier, string Source, string? Speaker, int Start, int End, long? EventId);
