using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Apogee.Ingest.Reading;

/// <summary>One way to parse HTML for the whole project: AngleSharp's HTML5 parser, no scripts, no network.</summary>
public static class HtmlLoader
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
