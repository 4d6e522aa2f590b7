using Apogee.Extraction.Text;

namespace Apogee.Extraction.Dates;

/// <summary>
/// A name that matches an officeholder's but is introduced as somebody else ("Kim Yong-hyun, a professor of North
/// Korean studies"): such a mention bounds no date. Asked once per officeholder mention, on the 60 characters after it.
/// </summary>
public static class OfficeholderNamesake
{
    private const int Reach = 60;

    /// <param name="text">The document's text.</param>
    /// <param name="end">Where the name ends.</param>
    public static bool Is(string text, int end)
    {
        if (end < 0 || end >= text.Length) return false;
        return ExtractionPatterns.OtherPersonAppositive().IsMatch(text.AsSpan(end, Math.Min(Reach, text.Length - end)));
    }
}
