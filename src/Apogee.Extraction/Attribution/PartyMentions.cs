using System.Text.RegularExpressions;
using Apogee.Extraction.Text;

namespace Apogee.Extraction.Attribution;

/// <summary>
/// The parties a sentence names: exactly <c>SourceLexicon().Matches(sentence)</c>, found faster. The lexicon is a
/// hundred-odd alternatives tried at every word start, the costliest pattern of extraction; most words of a sentence
/// are lower-case words no alternative begins with, so those are skipped by a set lookup and the lexicon is tried,
/// anchored, only at the other word starts. A test checks both give the same matches over the real corpora.
/// </summary>
internal static class PartyMentions
{
    private static readonly FrozenSetLookup LowerCaseStarts = new();

    public static IReadOnlyList<Match> Find(string sentence)
    {
        List<Match>? found = null;
        var at = 0;
        while (at < sentence.Length)
        {
            var c = sentence[at];
            if (!MayStart(sentence, at))
            {
                at++;
                continue;
            }

            if (char.IsAsciiLetterLower(c) && !LowerCaseStarts.MayBegin(sentence, at, out var wordEnd))
            {
                at = wordEnd;
                continue;
            }

            var m = ExtractionPatterns.SourceLexiconAt().Match(sentence, at);
            if (m.Success)
            {
                (found ??= []).Add(m);
                at = m.Index + Math.Max(1, m.Length);
            }
            else
            {
                at++;
            }
        }

        return (IReadOnlyList<Match>?)found ?? [];
    }

    /// <summary>
    /// False where no alternative can start: inside an ASCII word (the lexicon's <c>(?&lt;!\w)</c>) or at ASCII
    /// punctuation and space (every alternative starts with a letter or digit). Anything else is left to the regex.
    /// </summary>
    private static bool MayStart(string s, int at)
    {
        var c = s[at];
        if (char.IsAscii(c) && !char.IsAsciiLetterOrDigit(c)) return false;
        if (at == 0) return true;
        var before = s[at - 1];
        return !(char.IsAsciiLetterOrDigit(before) || before == '_');
    }

    /// <summary>The lower-case first words, looked up by span so skipping a word allocates nothing.</summary>
    private sealed class FrozenSetLookup
    {
        private readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words =
            ExtractionPatterns.LowerCaseLexiconStarts.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>
        /// Whether the ASCII word at <paramref name="at"/> may begin an alternative; <paramref name="end"/> is where it
        /// ends. A word running into a non-ASCII character is left to the regex (case-insensitive matching knows more
        /// letters than ASCII).
        /// </summary>
        public bool MayBegin(string s, int at, out int end)
        {
            end = at;
            while (end < s.Length && char.IsAsciiLetter(s[end])) end++;
            if (end < s.Length && !char.IsAscii(s[end])) return true;
            return _words.Contains(s.AsSpan(at, end - at));
        }
    }
}
