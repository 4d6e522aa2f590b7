namespace Apogee.Core.Model;

/// <summary>
/// One reported fact and who said it. <see cref="Quote"/> is the verbatim sentence from the clean text and
/// <c>Text[Start..End] == Quote</c>; disagreeing claims are kept side by side, never merged away.
/// </summary>
public sealed record Claim(
    string Field,
    ClaimValue Value,
    string Qualifier,
    string Source,
    string? Speaker,
    string Quote,
    int Start,
    int End);
