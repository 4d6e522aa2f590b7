namespace Apogee.Knowledge.Text;

/// <summary>
/// Finds many phrases in one left-to-right pass over folded text with a trie: leftmost, longest,
/// non-overlapping, word-bounded. A compiled regex alternation of a few thousand names would do the same
/// job, but the trie lets keys be folded (hyphen/space/diacritic-insensitive) once, at build time.
/// </summary>
internal sealed class PhraseMatcher<T>
    where T : notnull
{
    private readonly Node _root = new();

    /// <summary>Builds a matcher; a key added twice keeps its first value, so callers add in priority order.</summary>
    public PhraseMatcher(IEnumerable<KeyValuePair<string, T>> phrases)
    {
        foreach (var (phrase, value) in phrases)
        {
            var key = TextFolding.Key(phrase);
            if (key.Length == 0)
            {
                continue;
            }

            var node = _root;
            foreach (var c in key)
            {
                node.Children ??= [];
                if (!node.Children.TryGetValue(c, out var next))
                {
                    next = new Node();
                    node.Children[c] = next;
                }

                node = next;
            }

            if (!node.HasValue)
            {
                node.HasValue = true;
                node.Value = value;
            }
        }
    }

    public IReadOnlyList<PhraseMatch<T>> FindAll(string text) => FindAll(TextFolding.Normalize(text));

    public List<PhraseMatch<T>> FindAll(NormalizedText folded)
    {
        var found = new List<PhraseMatch<T>>();
        var chars = folded.Chars;
        var i = 0;
        while (i < folded.Length)
        {
            if (chars[i] == TextFolding.Breaker || !folded.StartsWord(i))
            {
                i++;
                continue;
            }

            var node = _root;
            var bestEnd = -1;
            T? bestValue = default;
            for (var j = i; j < folded.Length; j++)
            {
                if (node.Children is null || !node.Children.TryGetValue(chars[j], out node))
                {
                    break;
                }

                if (node.HasValue && folded.EndsWord(j))
                {
                    bestEnd = j;
                    bestValue = node.Value;
                }
            }

            if (bestEnd < 0)
            {
                i++;
                continue;
            }

            var start = folded.OriginStart[i];
            found.Add(new PhraseMatch<T>(bestValue!, start, folded.OriginEnd[bestEnd] - start));
            i = bestEnd + 1;
        }

        return found;
    }

    /// <summary>The value stored under exactly this phrase (after folding), if any.</summary>
    public bool TryGet(string phrase, out T value)
    {
        var node = _root;
        foreach (var c in TextFolding.Key(phrase))
        {
            if (node.Children is null || !node.Children.TryGetValue(c, out node))
            {
                value = default!;
                return false;
            }
        }

        value = node.Value!;
        return node.HasValue;
    }

    private sealed class Node
    {
        public Dictionary<char, Node>? Children;
        public bool HasValue;
        public T? Value;
    }
}
