using System.Net;
using Apogee.Core.Text;

namespace Apogee.Ingest.Cleaning;

/// <summary>
/// Plain text into paragraphs: every line is a paragraph (blank lines only separate), except a line that only wraps
/// the sentence of the line before it: hard-wrapped statements, press releases and plain-text copies break lines
/// inside sentences ("... condemns the DPRK for its launch of a space" / "launch vehicle ..."). A line that ends
/// without a stop, colon, quote or bracket and is followed at once by one starting in lower case is joined to it with
/// a space. A headline ends without a stop too, but the story after it starts with a capital.
/// </summary>
public static class TextParagraphs
{
    public static IReadOnlyList<Block> Split(string text)
    {
        var blocks = new List<Block>();
        var open = false;
        foreach (var line in text.Split('\n'))
        {
            // Scraped plain text sometimes keeps HTML entities ("&amp;", "&#8217;"); a person reads them decoded.
            var t = Normalise(WebUtility.HtmlDecode(IngestRegex.NbspRun().Replace(line, " ")));
            if (t.Length == 0)
            {
                open = false;
                continue;
            }

            if (open && char.IsLower(t[0])) blocks[^1] = new Block(blocks[^1].Text + " " + t);
            else blocks.Add(new Block(t));
            open = !WrappedLine.Closes(blocks[^1].Text[^1]);
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
