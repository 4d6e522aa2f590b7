using System.Collections.Frozen;
using System.Globalization;

namespace Apogee.Extraction.Text;

/// <summary>
/// The words a regular expression's matches can begin with, read off the pattern text: a match that starts with an
/// ASCII letter starts with a whole letter run of <see cref="Words"/> or with a run that begins with one of
/// <see cref="Prefixes"/>. Lets a scanner skip word starts no alternative can match at, with no hand-kept list that
/// could drift from the pattern. Case counts where the pattern's does (a word read inside <c>(?i:...)</c>, or under
/// <see cref="System.Text.RegularExpressions.RegexOptions.IgnoreCase"/>, matches in any case). It errs only towards allowing more: whatever it
/// cannot bound (<c>\w</c>, <c>.</c>, classes with ranges or escapes, a repeated letter, the pattern's end, where a
/// lookahead is not read) turns the letters read so far into a prefix. It knows the constructs the extraction patterns
/// use: groups (plain, named, inline options), lookarounds (zero width), classes, escapes, quantifiers, alternation.
/// </summary>
internal sealed class FirstWords
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _exact;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _anyCase;
    private readonly Partial[] _prefixes;

    // The prefixes by the first letter they can match (ASCII; one in any case under both cases): a word is checked
    // against those of its own first letter only (the scan asks this at every word start). Null where an empty prefix
    // allows every word.
    private readonly Partial[][]? _prefixesByFirst;

    private FirstWords(IReadOnlyList<Partial> ends)
    {
        var words = ends.Where(p => p.State == State.Word).ToList();
        _exact = words.Where(p => !p.AnyCase).Select(p => p.Letters).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _anyCase = words.Where(p => p.AnyCase).Select(p => p.Letters).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = ends.Where(p => p.State != State.Word).Distinct().OrderBy(p => p.Letters, StringComparer.Ordinal).ToArray();
        if (_prefixes.All(p => p.Letters.Length > 0))
        {
            _prefixesByFirst = Enumerable.Range(0, 128).Select(c => _prefixes.Where(p => p.Letters[0] == c
                || (p.AnyCase && char.ToLowerInvariant(p.Letters[0]) == char.ToLowerInvariant((char)c))).ToArray()).ToArray();
        }
        Words = words.Select(Describe).Distinct().Order(StringComparer.Ordinal).ToArray();
        Prefixes = _prefixes.Select(Describe).Distinct().Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Whole letter runs a match may begin with; "~" marks a word that matches in any case.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Letter runs a match may begin with and go on past with more letters ("" allows any word; "~" as above).</summary>
    public IReadOnlyList<string> Prefixes { get; }

    /// <summary>Whether a match may begin with this run of ASCII letters.</summary>
    public bool MayBegin(ReadOnlySpan<char> letters)
    {
        if (_exact.Contains(letters) || _anyCase.Contains(letters)) return true;
        var prefixes = _prefixesByFirst is null || letters.IsEmpty || letters[0] >= 128 ? _prefixes : _prefixesByFirst[letters[0]];
        foreach (var p in prefixes)
        {
            if (letters.StartsWith(p.Letters, p.AnyCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <param name="pattern">The pattern text.</param>
    /// <param name="ignoreCase">Whether the pattern is compiled with <c>RegexOptions.IgnoreCase</c>.</param>
    public static FirstWords Of(string pattern, bool ignoreCase) => new(new Reader(pattern).Pattern(ignoreCase));

    private static string Describe(Partial p) => (p.AnyCase ? "~" : "") + p.Letters;

    private enum State
    {
        /// <summary>Still reading the first word's letters.</summary>
        Reading,

        /// <summary>A non-letter ended the first word: the letters are all of it.</summary>
        Word,

        /// <summary>More letters the reader cannot list may follow: the letters are a prefix.</summary>
        Prefix,
    }

    /// <summary>One path through the pattern's start; AnyCase once a letter of it was read where case is ignored.</summary>
    private sealed record Partial(string Letters, State State, bool AnyCase = false);

    /// <summary>A recursive reader over the pattern text; each step maps the partials before it to those after it.</summary>
    private sealed class Reader(string pattern)
    {
        private int _at;
        private bool _ignoreCase;

        public List<Partial> Pattern(bool ignoreCase)
        {
            _ignoreCase = ignoreCase;
            var ends = Alternation([new Partial("", State.Reading)]);
            return ends.Select(p => p.State == State.Reading ? p with { State = State.Prefix } : p).Distinct().ToList();
        }

        private List<Partial> Alternation(List<Partial> start)
        {
            var result = Sequence(start);
            while (_at < pattern.Length && pattern[_at] == '|')
            {
                _at++;
                result.AddRange(Sequence(start));
            }

            return result.Distinct().ToList();
        }

        private List<Partial> Sequence(List<Partial> start)
        {
            var current = start;
            while (_at < pattern.Length && pattern[_at] is not ('|' or ')'))
            {
                var (after, zeroWidth) = Atom(current);
                current = zeroWidth ? after : Quantified(current, after);
            }

            return current;
        }

        /// <summary>After an atom: an optional one adds the paths that skip it; a repeated one may add letters without end.</summary>
        private List<Partial> Quantified(List<Partial> before, List<Partial> once)
        {
            if (_at >= pattern.Length) return once;
            int min, max;
            switch (pattern[_at])
            {
                case '?': (min, max) = (0, 1); _at++; break;
                case '*': (min, max) = (0, int.MaxValue); _at++; break;
                case '+': (min, max) = (1, int.MaxValue); _at++; break;
                case '{' when Bounds(out var lo, out var hi): (min, max) = (lo, hi); break;
                default: return once;
            }

            if (_at < pattern.Length && pattern[_at] == '?') _at++; // lazy: the same strings in another order
            var result = new List<Partial>();
            if (min == 0) result.AddRange(before);
            if (max >= 1) result.AddRange(once);
            if (max > 1) result.AddRange(once.Where(p => p.State == State.Reading).Select(p => p with { State = State.Prefix }));
            return result.Distinct().ToList();
        }

        private bool Bounds(out int lo, out int hi)
        {
            lo = hi = 0;
            var close = pattern.IndexOf('}', _at);
            if (close < 0) return false;
            var parts = pattern[(_at + 1)..close].Split(',');
            if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out lo)) return false;
            if (parts.Length == 1) hi = lo;
            else if (parts[1].Length == 0) hi = int.MaxValue;
            else if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out hi)) return false;
            _at = close + 1;
            return true;
        }

        private (List<Partial> After, bool ZeroWidth) Atom(List<Partial> current)
        {
            var c = pattern[_at];
            switch (c)
            {
                case '(':
                    return Group(current);
                case '[':
                    return (Class(current), false);
                case '\\':
                    return Escape(current);
                case '^' or '$':
                    _at++;
                    return (current, true);
                case '.':
                    _at++;
                    return (Unknown(current), false);
                default:
                    _at++;
                    return (Append(current, [c]), false);
            }
        }

        private (List<Partial> After, bool ZeroWidth) Group(List<Partial> current)
        {
            _at++; // (
            var zeroWidth = false;
            var outerCase = _ignoreCase;
            var rest = pattern.AsSpan(_at);
            if (rest.StartsWith("?<=") || rest.StartsWith("?<!"))
            {
                zeroWidth = true;
                _at += 3;
            }
            else if (rest.StartsWith("?=") || rest.StartsWith("?!"))
            {
                zeroWidth = true;
                _at += 2;
            }
            else if (rest.StartsWith("?<"))
            {
                _at = pattern.IndexOf('>', _at) + 1; // a named group
            }
            else if (rest.StartsWith("?"))
            {
                // ?: and inline options such as ?i: or ?-i: (which set case for the group alone).
                var colon = pattern.IndexOf(':', _at);
                var options = pattern.AsSpan(_at + 1, colon - _at - 1);
                var minus = options.IndexOf('-');
                var on = minus < 0 ? options : options[..minus];
                var off = minus < 0 ? [] : options[(minus + 1)..];
                if (on.Contains('i')) _ignoreCase = true;
                if (off.Contains('i')) _ignoreCase = false;
                _at = colon + 1;
            }

            var inner = Alternation(zeroWidth ? [new Partial("", State.Word)] : current);
            _ignoreCase = outerCase;
            _at++; // )
            return zeroWidth ? (current, true) : (inner, false);
        }

        private List<Partial> Class(List<Partial> current)
        {
            var close = _at + 1;
            if (pattern[close] == '^') close++;
            if (pattern[close] == ']') close++;
            while (pattern[close] != ']') close += pattern[close] == '\\' ? 2 : 1;
            var body = pattern[(_at + 1)..close];
            _at = close + 1;
            var listable = !body.StartsWith('^') && !body.Contains('\\', StringComparison.Ordinal) && !body.Contains('-', StringComparison.Ordinal);
            return listable ? Append(current, body.ToCharArray()) : Unknown(current);
        }

        private (List<Partial> After, bool ZeroWidth) Escape(List<Partial> current)
        {
            var e = pattern[_at + 1];
            _at += 2;
            switch (e)
            {
                case 'b' or 'B' or 'G' or 'A' or 'z' or 'Z':
                    return (current, true);
                case 's' or 'd' or 'n' or 't' or 'r' or 'f' or 'v' or 'e':
                    return (Append(current, [' ']), false); // never a letter (\S and \D may be: see below)
                case 'u' or 'x':
                    var digits = e == 'u' ? 4 : 2;
                    var ch = (char)int.Parse(pattern.AsSpan(_at, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                    _at += digits;
                    return (Append(current, [ch]), false);
                default:
                    // \w, \W, \p{..}, \S, \D and the like may be letters; an escaped ASCII punctuation mark is itself.
                    return char.IsAsciiLetterOrDigit(e) ? (Unknown(current), false) : (Append(current, [e]), false);
            }
        }

        /// <summary>Each reading partial followed by one of the characters: an ASCII letter extends it, other ASCII ends it.</summary>
        private List<Partial> Append(List<Partial> current, char[] choices)
        {
            var result = new List<Partial>();
            foreach (var p in current)
            {
                if (p.State != State.Reading)
                {
                    result.Add(p);
                    continue;
                }

                foreach (var ch in choices)
                {
                    if (char.IsAsciiLetter(ch)) result.Add(p with { Letters = p.Letters + ch, AnyCase = p.AnyCase || _ignoreCase });
                    else if (char.IsAscii(ch)) result.Add(p with { State = State.Word });
                    else result.Add(p with { State = State.Prefix }); // the scanner leaves words running into non-ASCII to the regex
                }
            }

            return result.Distinct().ToList();
        }

        private static List<Partial> Unknown(List<Partial> current) =>
            current.Select(p => p.State == State.Reading ? p with { State = State.Prefix } : p).Distinct().ToList();
    }
}
