using AngleSharp.Dom;
using Apogee.Core.Model;

namespace Apogee.Ingest.Reading;

/// <summary>
/// What a page says about itself: Open Graph / article meta tags, JSON-LD, &lt;time datetime&gt;, canonical link, &lt;title&gt;.
/// Missing or malformed tags are simply absent: a page's metadata is a hint, never a reason to fail.
/// </summary>
public static class HtmlMetadataReader
{
    public static DocumentMetadata Read(IDocument page)
    {
        var published = DateParsing.ParseDate(Meta(page, "article:published_time"))
            ?? DateParsing.ParseDate(Meta(page, "og:published_time"))
            ?? JsonLd.Find(page, "datePublished", DateParsing.ParseDate)
            ?? DateParsing.ParseDate(page.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var url = NonEmpty(page.QuerySelector("link[rel~=canonical]")?.GetAttribute("href")) ?? Meta(page, "og:url");
        var outlet = Meta(page, "og:site_name");
        var title = Meta(page, "og:title") ?? NonEmpty(page.QuerySelector("title")?.TextContent);
        return new DocumentMetadata(published, url, outlet, title is null ? null : IngestRegex.AnyWhitespace().Replace(title, " "));
    }

    private static string? Meta(IDocument page, string key)
    {
        foreach (var m in page.QuerySelectorAll("meta"))
        {
            var k = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
            if (string.Equals(k, key, StringComparison.OrdinalIgnoreCase) && NonEmpty(m.GetAttribute("content")) is { } v) return v;
        }

        return null;
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
