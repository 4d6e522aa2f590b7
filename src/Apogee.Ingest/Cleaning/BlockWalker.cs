using System.Text;
using AngleSharp.Dom;
using Apogee.Core.Model;

namespace Apogee.Ingest.Cleaning;

/// <summary>Walks the body in document order, cutting text into blocks at block-level elements and line breaks.</summary>
internal sealed class BlockWalker
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
        if (PageStructure.Silent.Contains(tag)) return false;
        if (tag == "br")
        {
            _text.Append('\n');
            return false;
        }

        if (PageStructure.IsChrome(e))
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

        if (PageStructure.BlockTags.Contains(tag)) Flush();
        if (tag == "a") _linkDepth++;
        return true;
    }

    private void Leave(IElement e)
    {
        if (e.LocalName == "a") _linkDepth--;
        if (PageStructure.BlockTags.Contains(e.LocalName)) Flush();
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
