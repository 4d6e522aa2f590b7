using System.Buffers;
using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>
/// A regex whose every match begins with one of a known set of letter runs, tried only where one of them stands. The
/// regex engine finds such a set itself only for up to 16 alternatives; above that it tries the pattern at every letter
/// of the set of first letters (nearly every word), which made the long cue and marker alternations the costliest
/// patterns of extraction. Here the first words are read off the pattern text by <see cref="FirstWords"/> (no hand-kept
/// list that could drift), searched for at once (vectorised, case-insensitive: a superset of what the pattern accepts),
/// and the same pattern anchored with <c>\G</c> is tried at each place found, left to right: no match can begin
/// anywhere else, so the first success is the regex's own leftmost match (a lookbehind or <c>\b</c> still sees the
/// text before it). Where a match might begin with anything else (a digit, a space, a class with ranges:
/// <see cref="FirstWords"/> then lists an empty word) there is no prefilter and the regex runs as is; so it does on text
/// holding a character that some ASCII letter matches only under the regex's own case rules (the Kelvin sign for "k",
/// the long s for "s", dotted and dotless i).
/// </summary>
internal sealed class LeadingWords
{
    private static readonly SearchValues<char> CaseOddities = SearchValues.Create("\u212A\u017F\u0130\u0131");

    private readonly SearchValues<string>? _starts;
    private readonly Regex _anchored;

    // Whether every match opens with \b before its first letter: then a place found inside a word (a letter, digit or
    // "_" before it: "met" in "kilometers", "test" in "latest") cannot be a match, and the rest of that word is skipped
    // without asking the regex. Letters, digits and "_" are word characters to \b under any option, so this only skips
    // places where the regex would fail.
    private readonly bool _opensWithBoundary;

    /// <param name="regex">The pattern.</param>
    /// <param name="anchored">The same pattern as <c>\G(?:pattern)</c>, with the same options.</param>
    public LeadingWords(Regex regex, Regex anchored)
    {
        Regex = regex;
        _anchored = anchored;
        var first = FirstWords.Of(regex.ToString(), (regex.Options & RegexOptions.IgnoreCase) != 0);
        var words = first.Words.Concat(first.Prefixes).Select(w => w.TrimStart('~')).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (words.Length > 0 && words.All(w => w.Length > 0)) _starts = SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);
        _opensWithBoundary = OpensWithBoundary(regex.ToString());
    }

    public Regex Regex { get; }

    /// <summary>The anchored form (for the tests: it must be the pattern behind <c>\G</c>).</summary>
    internal Regex Anchored => _anchored;

    /// <summary>Whether the prefilter applies (the pattern's matches all begin with an ASCII letter run it could read).</summary>
    public bool Prefiltered => _starts is not null;

    public bool IsMatch(string text) => Match(text, 0).Success;

    public bool IsMatch(ReadOnlySpan<char> text)
    {
        if (_starts is null || text.ContainsAny(CaseOddities)) return Regex.IsMatch(text);
        for (var at = 0; at < text.Length; at++)
        {
            var next = text[at..].IndexOfAny(_starts);
            if (next < 0) return false;
            at += next;
            if (InsideWord(text, at, out var wordEnd))
            {
                at = wordEnd - 1;
                continue;
            }

            if (_anchored.IsMatch(text, at)) return true;
        }

        return false;
    }

    public Match Match(string text) => Match(text, 0);

    /// <summary>The first match at or after <paramref name="from"/> (as <c>Regex.Match(text, from)</c>).</summary>
    public Match Match(string text, int from)
    {
        if (_starts is null || text.AsSpan().ContainsAny(CaseOddities)) return Regex.Match(text, from);
        for (var at = from; at < text.Length; at++)
        {
            var next = text.AsSpan(at).IndexOfAny(_starts);
            if (next < 0) break;
            at += next;
            if (InsideWord(text, at, out var wordEnd))
            {
                at = wordEnd - 1;
                continue;
            }

            var m = _anchored.Match(text, at);
            if (m.Success) return m;
        }

        return System.Text.RegularExpressions.Match.Empty;
    }

    /// <summary>
    /// All matches, left to right, each search going on where the last match ended (as <c>Regex.Matches</c>: no match
    /// of these patterns is empty). A match's <c>NextMatch</c> is the anchored pattern's: use <see cref="Match(string, int)"/>.
    /// </summary>
    public IReadOnlyList<Match> Matches(string text)
    {
        if (_starts is null || text.AsSpan().ContainsAny(CaseOddities)) return Regex.Matches(text);
        List<Match>? found = null;
        for (var m = Match(text, 0); m.Success; m = Match(text, m.Index + Math.Max(1, m.Length))) (found ??= []).Add(m);
        return (IReadOnlyList<Match>?)found ?? [];
    }

    /// <summary>
    /// Whether a match of a pattern opening with <c>\b</c> cannot begin at <paramref name="at"/> because a word
    /// character stands before it; <paramref name="wordEnd"/> is then where the word characters from there on end (no
    /// place before it can begin a match either).
    /// </summary>
    private bool InsideWord(ReadOnlySpan<char> text, int at, out int wordEnd)
    {
        wordEnd = at;
        if (!_opensWithBoundary || at == 0 || !IsWordChar(text[at - 1])) return false;
        while (wordEnd < text.Length && IsWordChar(text[wordEnd])) wordEnd++;
        return true;
    }

    // A subset of \w (letters, decimal digits, the connector "_"): what is not here is left to the regex.
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>Whether the pattern text opens with <c>\b</c> that governs every alternative (no top-level <c>|</c>).</summary>
    internal static bool OpensWithBoundary(string pattern)
    {
        if (!pattern.StartsWith("\\b", StringComparison.Ordinal)) return false;
        var depth = 0;
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (inClass)
            {
                if (c == ']') inClass = false;
                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    // "[]...]" and "[^]...]": a "]" first in a class is a member.
                    if (i + 1 < pattern.Length && pattern[i + 1] == '^') i++;
                    if (i + 1 < pattern.Length && pattern[i + 1] == ']') i++;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    return false;
            }
        }

        return true;
    }
}
