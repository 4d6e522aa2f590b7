namespace Apogee.Core.Model;

/// <summary>
/// One reported fact and who said it. <see cref="Quote"/> is the verbatim sentence from the clean text and
/// <c>Text[Start..End] == Quote</c>; disagreeing claims are kept side by side, never merged away. A document gives one
/// claim per (field, value, source): when it says the same thing again, every sentence that says it is kept in
/// <see cref="Evidence"/>, in text order (<see cref="Quote"/> is among them: the sentence the claim was first found
/// in); null where one sentence says it.
/// </summary>
public sealed record Claim(
    string Field,
    ClaimValue Value,
    string Qualifier,
    string Source,
    string? Speaker,
    string Quote,
    int Start,
    int End,
    IReadOnlyList<ClaimQuote>? Evidence = null)
{
    /// <summary>Every sentence behind the claim: <see cref="Evidence"/>, or the claim's own quote where there is none.</summary>
    public IReadOnlyList<ClaimQuote> Quotes() => Evidence is { Count: > 0 } e ? e : [new ClaimQuote(Quote, Start, End)];
}
