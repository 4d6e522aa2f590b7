using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Apogee.Ingest.Reading;

/// <summary>
/// One way to parse HTML for the whole project: AngleSharp's HTML5 parser, no scripts, no network; nesting past
/// <see cref="HtmlDepthLimiter.MaxDepth"/> flattened first (the parser is quadratic in depth).
/// </summary>
public static class HtmlLoader
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(HtmlDepthLimiter.Limit(html));
}
