namespace Apogee.Ingest.Reading;

/// <summary>
/// Flattens element nesting deeper than <see cref="MaxDepth"/> before the HTML5 parser sees it. The parser's scope
/// checks walk the stack of open elements at every start tag, so 200,000 nested <c>&lt;div&gt;</c> cost the square of that
/// (AngleSharp's own MaximumDepth moves deep elements aside but keeps them on that stack). Below the cap, which no real
/// page reaches, the page is returned as it is; past it, the start tags deeper than the cap and as many end tags of the
/// same names are left out (their text stays, in order). One linear scan, no recursion.
/// </summary>
public static class HtmlDepthLimiter
{
    /// <summary>Browsers cap the tree at about this depth too (and AngleSharp's default MaximumDepth is the same).</summary>
    public const int MaxDepth = 512;

    // Elements whose end tag may be left out or that never have one: counting them would make sloppy pages look deep.
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "caption",
        "rb", "rt", "rp", "html", "head", "body", "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "source", "track", "wbr", "param",
    };

    // Raw-text elements: their content is not markup.
    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "noscript"];

    public static string Limit(string html, int maxDepth = MaxDepth)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Deepest(html) <= maxDepth ? html : Flatten(html, maxDepth);
    }

    private static int Deepest(string html)
    {
        int depth = 0, deepest = 0;
        foreach (var tag in Tags(html))
        {
            if (tag.Uncounted) continue;
            depth = tag.Closing ? Math.Max(0, depth - 1) : depth + 1;
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    private static string Flatten(string html, int maxDepth)
    {
        var sb = new System.Text.StringBuilder(html.Length);
        int depth = 0, over = 0, copied = 0;
        foreach (var tag in Tags(html))
        {
            if (tag.Uncounted) continue;
            bool drop;
            if (tag.Closing)
            {
                drop = over > 0;
                if (drop) over--;
                depth = Math.Max(0, depth - 1);
            }
            else
            {
                depth++;
                drop = depth > maxDepth;
                if (drop) over++;
            }

            if (!drop) continue;
            sb.Append(html, copied, tag.Start - copied);
            copied = tag.End;
        }

        sb.Append(html, copied, html.Length - copied);
        return sb.ToString();
    }

    private readonly record struct Tag(int Start, int End, bool Closing, bool Uncounted);

    /// <summary>Start and end tags in order, skipping comments, declarations and raw-text content.</summary>
    private static IEnumerable<Tag> Tags(string html)
    {
        var at = 0;
        while ((at = html.IndexOf('<', at)) >= 0 && at + 1 < html.Length)
        {
            if (string.CompareOrdinal(html, at, "<!--", 0, 4) == 0)
            {
                var endComment = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
                at = endComment < 0 ? html.Length : endComment + 3;
                continue;
            }

            var closing = html[at + 1] == '/';
            var nameStart = at + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd])) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                at++;
                continue;
            }

            var close = html.IndexOf('>', nameEnd);
            if (close < 0) yield break;
            var name = html[nameStart..nameEnd];
            var selfClosing = html[close - 1] == '/';
            yield return new Tag(at, close + 1, closing, selfClosing || Uncounted.Contains(name));
            at = close + 1;
            if (!closing && Array.Exists(RawText, r => r.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                var endRaw = html.IndexOf("</" + name, at, StringComparison.OrdinalIgnoreCase);
                at = endRaw < 0 ? html.Length : endRaw;
            }
        }
    }
}
