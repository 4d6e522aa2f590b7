using System.Net;

namespace Apogee.Ingest.Cleaning;

/// <summary>Plain text into paragraphs: every line is a paragraph (blank lines only separate).</summary>
public static class TextParagraphs
{
    public static IReadOnlyList<Block> Split(string text)
    {
        var blocks = new List<Block>();
        foreach (var line in text.Split('\n'))
        {
            // Scraped plain text sometimes keeps HTML entities ("&amp;", "&#8217;"); a person reads them decoded.
            var t = Normalise(WebUtility.HtmlDecode(IngestRegex.NbspRun().Replace(line, " ")));
            if (t.Length > 0) blocks.Add(new Block(t));
        }

        return blocks;
    }

    /// <summary>
    /// "&amp;nbsp;" written out as text (KCNA pages were saved that way) and real no-break spaces become one space;
    /// the ends are trimmed. Nothing else changes, so the text stays verbatim for quotes and offsets.
    /// </summary>
    public static string Normalise(string line) =>
        IngestRegex.NbspRun().Replace(line, " ").Trim();
}
