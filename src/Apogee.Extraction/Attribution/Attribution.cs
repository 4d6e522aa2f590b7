namespace Apogee.Extraction.Attribution;

/// <summary>Who a sentence's facts come from: a contract source value and the body or person as written.</summary>
public sealed record Attribution(string Source, string? Speaker, bool Explicit);
