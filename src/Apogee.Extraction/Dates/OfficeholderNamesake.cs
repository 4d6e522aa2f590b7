using Apogee.Extraction.Text;

namespace Apogee.Extraction.Dates;

/// <summary>
/// A name that matches an officeholder's but is introduced as somebody else ("Kim Yong-hyun, a professor of North
/// Korean studies") or as not yet in office ("candidates Donald Trump and ...", "President-elect"): such a mention
/// bounds no date. Asked once per officeholder mention, on the 60 characters around it.
/// </summary>
public static class OfficeholderNamesake
{
    private const int Reach = 60;

    /// <param name="text">The document's text.</param>
    /// <param name="start">Where the name starts.</param>
    /// <param name="end">Where the name ends.</param>
    public static bool Is(string text, int start, int end)
    {
        if (start < 0 || end > text.Length || start > end) return false;
        var from = Math.Max(0, start - Reach);
        if (ExtractionPatterns.NotInOfficeBefore().IsMatch(text.AsSpan(from, start - from))) return true;
        return end < text.Length && ExtractionPatterns.OtherPersonAppositive().IsMatch(text.AsSpan(end, Math.Min(Reach, text.Length - end)));
    }
}
