using AngleSharp.Dom;

namespace Apogee.Ingest.Cleaning;

/// <summary>What counts as page furniture or as structure, by tag, ARIA role and generic class words (never a site's own names).</summary>
internal static class PageStructure
{
    /// <summary>Elements whose text is never article text.</summary>
    public static readonly HashSet<string> Silent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button", "input", "select",
        "textarea", "object", "embed", "video", "audio", "img", "picture", "source", "link", "meta", "head", "title",
    };

    /// <summary>Elements that end one paragraph block and start another.</summary>
    public static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th", "caption", "address", "hr", "center", "body",
    };

    private static readonly HashSet<string> ChromeTags = new(StringComparer.OrdinalIgnoreCase) { "nav", "aside", "footer", "header", "menu" };

    private static readonly HashSet<string> ChromeRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
    };

    /// <summary>
    /// Inside (or being) nav/aside/header/footer or a chrome role: teaser paragraphs in a sidebar never make the body.
    /// Class names are not trusted this far up, as wrappers often carry words like "comments-enabled".
    /// </summary>
    public static bool InChromeTag(IElement e)
    {
        for (var a = e; a is not null; a = a.ParentElement)
        {
            if (ChromeTags.Contains(a.LocalName) || (a.GetAttribute("role") is { } role && ChromeRoles.Contains(role))) return true;
        }

        return false;
    }

    /// <summary>Furniture by tag, role, or a generic class/id word (nav, sidebar, related, newsletter, share, ad ...).</summary>
    public static bool IsChrome(IElement e)
    {
        if (ChromeTags.Contains(e.LocalName)) return true;
        if (e.GetAttribute("role") is { } role && ChromeRoles.Contains(role)) return true;
        var names = $"{e.GetAttribute("class")} {e.GetAttribute("id")}";
        return !string.IsNullOrWhiteSpace(names) && IngestRegex.ChromeClass().IsMatch(names);
    }
}
