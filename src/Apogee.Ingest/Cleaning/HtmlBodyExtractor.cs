using System.Text;
using AngleSharp.Dom;
using Apogee.Core.Model;
using Apogee.Ingest.Reading;

namespace Apogee.Ingest.Cleaning;

/// <summary>
/// Finds an HTML page's article body by structure and text density (no site-specific rules), then walks it into
/// paragraph blocks. Page furniture inside the body (nav, aside, header, footer, share or newsletter boxes) is dropped
/// and recorded; figures give up only their captions.
/// </summary>
public static class HtmlBodyExtractor
{
    private static readonly HashSet<string> Silent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button", "input", "select",
        "textarea", "object", "embed", "video", "audio", "img", "picture", "source", "link", "meta", "head", "title",
    };

    private static readonly HashSet<string> ChromeTags = new(StringComparer.OrdinalIgnoreCase) { "nav", "aside", "footer", "header", "menu" };

    private static readonly HashSet<string> ChromeRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th", "caption", "address", "hr", "center", "body",
    };

    /// <summary>A semantic candidate (article, main) wins unless a denser container holds much more text.</summary>
    private const double SemanticShare = 0.6;

    /// <summary>Below this much body text the page is taken to be rendered by script.</summary>
    private const int MinBodyChars = 200;

    public static (IReadOnlyList<Block> Blocks, IReadOnlyList<RemovedSpan> Chrome) Extract(string html)
    {
        var page = HtmlLoader.Parse(html);
        var body = page.Body ?? page.DocumentElement;
        var root = FindRoot(body);
        var walker = new Walker();
        walker.Walk(root);
        walker.Flush();
        // Script-rendered pages ship an empty body but the whole text in JSON-LD "articleBody": use it then.
        var bodyChars = walker.Blocks.Where(b => !b.IsCaption).Sum(b => b.Text.Length);
        if (bodyChars < MinBodyChars && JsonLd.FindString(page, "articleBody") is { } articleBody
            && TextParagraphs.Split(articleBody) is { Count: > 0 } fromJsonLd && fromJsonLd.Sum(b => b.Text.Length) > bodyChars)
        {
            return ([.. walker.Blocks.Where(b => b.IsCaption), .. fromJsonLd], walker.Chrome);
        }

        return (walker.Blocks, walker.Chrome);
    }

    /// <summary>The element holding the story: the best of article/main/articleBody, or the densest paragraph container.</summary>
    public static IElement FindRoot(IElement body)
    {
        var semantic = body.QuerySelectorAll("article, main, [role=main], [itemprop=articleBody]")
            .Where(e => !InChromeTag(e))
            .Select(e => (Element: e, Score: Score(e)))
            .OrderByDescending(c => c.Score)
            .FirstOrDefault();

        var parents = new Dictionary<IElement, double>();
        foreach (var p in body.QuerySelectorAll("p"))
        {
            var s = ParagraphScore(p);
            if (s <= 0 || p.ParentElement is not { } parent) continue;
            parents[parent] = parents.GetValueOrDefault(parent) + s;
            if (parent.ParentElement is { } grand) parents[grand] = parents.GetValueOrDefault(grand) + (s / 2);
        }

        var dense = parents.Where(kv => !InChromeTag(kv.Key) && !IsChrome(kv.Key)).OrderByDescending(kv => kv.Value).FirstOrDefault();
        if (semantic.Element is not null && semantic.Score >= SemanticShare * dense.Value) return semantic.Element;
        return dense.Key ?? body;
    }

    /// <summary>Text that is not links in the element's paragraphs, skipping chrome.</summary>
    private static double Score(IElement e) =>
        e.QuerySelectorAll("p").Where(p => !p.Ancestors<IElement>().TakeWhile(a => a != e).Any(IsChrome)).Sum(ParagraphScore);

    private static double ParagraphScore(IElement p)
    {
        var text = p.TextContent.Trim();
        if (text.Length == 0) return 0;
        var links = p.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length);
        return text.Length * (1 - Math.Min(1, (double)links / text.Length));
    }

    /// <summary>
    /// Inside (or being) nav/aside/header/footer or a chrome role: teaser paragraphs in a sidebar never make the body.
    /// Class names are not trusted this far up, as wrappers often carry words like "comments-enabled".
    /// </summary>
    private static bool InChromeTag(IElement e)
    {
        for (var a = e; a is not null; a = a.ParentElement)
        {
            if (ChromeTags.Contains(a.LocalName) || (a.GetAttribute("role") is { } role && ChromeRoles.Contains(role))) return true;
        }

        return false;
    }

    private static bool IsChrome(IElement e)
    {
        if (ChromeTags.Contains(e.LocalName)) return true;
        if (e.GetAttribute("role") is { } role && ChromeRoles.Contains(role)) return true;
        var names = $"{e.GetAttribute("class")} {e.GetAttribute("id")}";
        return !string.IsNullOrWhiteSpace(names) && IngestRegex.ChromeClass().IsMatch(names);
    }

    /// <summary>Walks the body in document order, cutting text into blocks at block-level elements and line breaks.</summary>
    private sealed class Walker
    {
        private readonly StringBuilder _text = new();
        private int _linkChars;
        private int _linkDepth;

        public List<Block> Blocks { get; } = [];

        public List<RemovedSpan> Chrome { get; } = [];

        /// <summary>
        /// Iterative (an explicit stack, not recursion) so a page nested thousands of levels deep cannot overflow
        /// the call stack: a hostile page must fail or clean, never crash the process.
        /// </summary>
        public void Walk(INode root)
        {
            var stack = new Stack<(INode Node, bool Leaving)>();
            stack.Push((root, false));
            while (stack.Count > 0)
            {
                var (node, leaving) = stack.Pop();
                if (leaving)
                {
                    Leave((IElement)node);
                    continue;
                }

                if (node is IText text)
                {
                    _text.Append(text.Data);
                    if (_linkDepth > 0) _linkChars += IngestRegex.AnyWhitespace().Replace(text.Data, "").Length;
                    continue;
                }

                if (node is IElement e && Enter(e))
                {
                    stack.Push((e, true));
                    for (var i = e.ChildNodes.Length - 1; i >= 0; i--)
                    {
                        stack.Push((e.ChildNodes[i], false));
                    }
                }
            }
        }

        /// <summary>Handles an element on the way in; true when its children are to be walked.</summary>
        private bool Enter(IElement e)
        {
            var tag = e.LocalName;
            if (Silent.Contains(tag)) return false;
            if (tag == "br")
            {
                _text.Append('\n');
                return false;
            }

            if (IsChrome(e))
            {
                Flush();
                var chrome = Clean(e.TextContent);
                if (chrome.Length > 0) Chrome.Add(new RemovedSpan(chrome, RemovalReasons.PageChrome));
                return false;
            }

            if (tag is "figure" or "figcaption")
            {
                Flush();
                var captions = tag == "figcaption" ? [e] : e.QuerySelectorAll("figcaption").ToArray();
                foreach (var c in captions)
                {
                    var caption = Clean(c.TextContent);
                    if (caption.Length > 0) Blocks.Add(new Block(caption, IsCaption: true));
                }

                return false;
            }

            if (BlockTags.Contains(tag)) Flush();
            if (tag == "a") _linkDepth++;
            return true;
        }

        private void Leave(IElement e)
        {
            if (e.LocalName == "a") _linkDepth--;
            if (BlockTags.Contains(e.LocalName)) Flush();
        }

        public void Flush()
        {
            if (_text.Length == 0) return;
            var all = _text.ToString();
            var total = Math.Max(1, IngestRegex.AnyWhitespace().Replace(all, "").Length);
            var density = Math.Min(1, (double)_linkChars / total);
            foreach (var line in all.Split('\n'))
            {
                var t = Clean(line);
                if (t.Length > 0) Blocks.Add(new Block(t, LinkDensity: density));
            }

            _text.Clear();
            _linkChars = 0;
        }

        /// <summary>HTML whitespace rules: any run of spaces, tabs, newlines or no-break spaces shows as one space.</summary>
        private static string Clean(string s) =>
            IngestRegex.AnyWhitespace().Replace(TextParagraphs.Normalise(s), " ").Trim();
    }
}
