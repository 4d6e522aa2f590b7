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
    private readonly bool _plurals;

    /// <summary>
    /// Builds a matcher; a key added twice keeps its first value, so callers add in priority order.
    /// With <paramref name="plurals"/>, a phrase followed directly by "s" also matches ("two Rodongs").
    /// </summary>
    public PhraseMatcher(IEnumerable<KeyValuePair<string, T>> phrases, bool plurals = false)
    {
        _plurals = plurals;
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
                node = node.GetOrAdd(c);
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
                node = node.Next(chars[j]);
                if (node is null)
                {
                    break;
                }

                if (!node.HasValue)
                {
                    continue;
                }

                if (folded.EndsWord(j))
                {
                    bestEnd = j;
                    bestValue = node.Value;
                }
                else if (_plurals && IsPluralS(folded, j + 1))
                {
                    bestEnd = j + 1;
                    bestValue = node.Value;
                }
            }

            if (bestEnd < 0)
            {
                i++;
                continue;
            }

            var start = folded.OriginStart[i];
            found.Add(new PhraseMatch<T>(bestValue!, start, folded.OriginEnd(bestEnd) - start));
            i = bestEnd + 1;
        }

        return found;
    }

    private static bool IsPluralS(NormalizedText folded, int i) =>
        i < folded.Length && folded.Chars[i] == 's' && folded.OriginStart[i] == folded.OriginStart[i - 1] + 1 && folded.EndsWord(i);

    /// <summary>The value stored under exactly this phrase (after folding), if any.</summary>
    public bool TryGet(string phrase, out T value)
    {
        var node = _root;
        foreach (var c in TextFolding.Key(phrase))
        {
            node = node.Next(c);
            if (node is null)
            {
                value = default!;
                return false;
            }
        }

        value = node.Value!;
        return node.HasValue;
    }

    /// <summary>
    /// A trie node. Most nodes have one to three children, so parallel arrays scanned linearly beat a
    /// dictionary; the fan-out of the first letters is served by a direct ASCII table.
    /// </summary>
    private sealed class Node
    {
        private char[] _keys = [];
        private Node[] _next = [];
        private Node?[]? _ascii;

        public bool HasValue;
        public T? Value;

        public Node? Next(char c)
        {
            if (_ascii is not null)
            {
                return c < 128 ? _ascii[c] : Scan(c);
            }

            return Scan(c);
        }

        public Node GetOrAdd(char c)
        {
            if (Next(c) is { } existing)
            {
                return existing;
            }

            var node = new Node();
            Array.Resize(ref _keys, _keys.Length + 1);
            Array.Resize(ref _next, _next.Length + 1);
            _keys[^1] = c;
            _next[^1] = node;
            if (_keys.Length > 8)
            {
                _ascii ??= new Node?[128];
                if (c < 128)
                {
                    _ascii[c] = node;
                }

                for (var i = 0; i < _keys.Length; i++)
                {
                    if (_keys[i] < 128)
                    {
                        _ascii[_keys[i]] = _next[i];
                    }
                }
            }

            return node;
        }

        private Node? Scan(char c)
        {
            var keys = _keys;
            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i] == c)
                {
                    return _next[i];
                }
            }

            return null;
        }
    }
}
