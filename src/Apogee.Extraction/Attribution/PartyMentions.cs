using System.Text.RegularExpressions;
using Apogee.Extraction.Text;

namespace Apogee.Extraction.Attribution;

/// <summary>
/// The parties a sentence names: exactly what <see cref="ExtractionPatterns.SourceLexiconPattern"/> matches, found faster. The lexicon is a
/// hundred-odd alternatives tried at every word start, the costliest pattern of extraction; most words of a sentence
/// are words no alternative begins with (read off the pattern by <see cref="FirstWords"/>), so those are skipped by a
/// set lookup and the lexicon is tried, anchored, only at the other word starts. Tests check both give the same
/// matches on written edge cases and over the real corpora.
/// </summary>
internal static class PartyMentions
{
    private static readonly FirstWords Starts = FirstWords.Of(ExtractionPatterns.SourceLexiconPattern, ignoreCase: false);

    public static IReadOnlyList<Match> Find(string sentence)
    {
        List<Match>? found = null;
        var at = 0;
        while (at < sentence.Length)
        {
            if (!MayStart(sentence, at))
            {
                at++;
                continue;
            }

            if (char.IsAsciiLetter(sentence[at]) && !MayBeginAt(sentence, at, out var wordEnd))
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

    /// <summary>
    /// Whether the ASCII letters at <paramref name="at"/> may begin an alternative; <paramref name="end"/> is where they
    /// end. Letters running into a non-ASCII character are left to the regex (it knows more letters than ASCII).
    /// </summary>
    private static bool MayBeginAt(string s, int at, out int end)
    {
        end = at;
        while (end < s.Length && char.IsAsciiLetter(s[end])) end++;
        if (end < s.Length && !char.IsAscii(s[end])) return true;
        return Starts.MayBegin(s.AsSpan(at, end - at));
    }
}
