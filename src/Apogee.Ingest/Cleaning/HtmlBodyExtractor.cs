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
    /// <summary>A semantic candidate (article, main) wins unless a denser container holds much more text.</summary>
    private const double SemanticShare = 0.6;

    /// <summary>How much more paragraph text (relative to the root's) the parent must hold to be taken instead.</summary>
    private const double WidenShare = 0.25;

    private const int MaxWidenLevels = 3;

    /// <summary>Below this much body text the page is taken to be rendered by script.</summary>
    private const int MinBodyChars = 200;

    public static (IReadOnlyList<Block> Blocks, IReadOnlyList<RemovedSpan> Chrome) Extract(string html)
    {
        var page = HtmlLoader.Parse(html);
        var body = page.Body ?? page.DocumentElement;
        var root = FindRoot(body);
        var walker = new BlockWalker();
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
            .Where(e => !PageStructure.InChromeTag(e))
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

        var dense = parents.Where(kv => !PageStructure.InChromeTag(kv.Key) && !PageStructure.IsChrome(kv.Key)).OrderByDescending(kv => kv.Value).FirstOrDefault();
        if (semantic.Element is not null && semantic.Score >= SemanticShare * dense.Value) return semantic.Element;
        return dense.Key is null ? body : Widen(dense.Key, body);
    }

    /// <summary>
    /// Stories are often cut into several sibling containers by ad slots or embeds; the densest one then holds only part
    /// of the text. Climb while the parent adds a substantial share of paragraph text outside chrome.
    /// </summary>
    private static IElement Widen(IElement root, IElement body)
    {
        for (var level = 0; level < MaxWidenLevels && root != body && root.ParentElement is { } parent && !PageStructure.InChromeTag(parent); level++)
        {
            var own = Score(root);
            if (Score(parent) - own < WidenShare * own) break;
            root = parent;
        }

        return root;
    }

    /// <summary>Text that is not links in the element's paragraphs, skipping chrome.</summary>
    private static double Score(IElement e) =>
        e.QuerySelectorAll("p").Where(p => !p.Ancestors<IElement>().TakeWhile(a => a != e).Any(PageStructure.IsChrome)).Sum(ParagraphScore);

    private static double ParagraphScore(IElement p)
    {
        var text = p.TextContent.Trim();
        if (text.Length == 0) return 0;
        var links = p.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length);
        return text.Length * (1 - Math.Min(1, (double)links / text.Length));
    }
}
