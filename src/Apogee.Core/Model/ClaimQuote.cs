namespace Apogee.Core.Model;

/// <summary>One sentence that supports a claim, verbatim from the clean text: <c>Text[Start..End] == Quote</c>.</summary>
public sealed record ClaimQuote(string Quote, int Start, int End);
