using System.Text.RegularExpressions;
using Apogee.Extraction.Text;

namespace Apogee.Extraction.Attribution;

/// <summary>
/// The parties a sentence names: exactly what <see cref="ExtractionPatterns.SourceLexiconPattern"/> matches, found faster. The lexicon is a
/// hundred-odd alternatives in seven parties, the costliest pattern of extraction when tried whole at every word start.
/// Each party's first words are read off its pattern by <see cref="FirstWords"/>; at a word start only the parties that
/// can begin with that word are tried, anchored, in the lexicon's order (the first that matches is what the alternation
/// would take), and words no party begins with are skipped by a set lookup. Tests check both give the same matches on
/// written edge cases and over the real corpora.
/// </summary>
internal static class PartyMentions
{
    private static readonly (FirstWords Starts, Regex At)[] Parties =
        ExtractionPatterns.PartyPatterns.Select(p => (FirstWords.Of(p.Pattern, ignoreCase: false), p.Regex)).ToArray();

    /// <summary>The first words of any party: most words are none, and one lookup says so instead of seven.</summary>
    private static readonly FirstWords AnyParty = FirstWords.Of(ExtractionPatterns.SourceLexiconPattern, ignoreCase: false);

    /// <summary>A sentence's parties are asked by the attributor and again by the claims' speakers: found once per text.</summary>
    private static readonly RecentResults<IReadOnlyList<Match>> Recent = new(Scan);

    public static IReadOnlyList<Match> Find(string sentence) => Recent.Of(sentence);

    private static List<Match> Scan(string sentence)
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

            var m = MatchAt(sentence, at, out var wordEnd);
            if (m is not null)
            {
                (found ??= []).Add(m);
                at = m.Index + Math.Max(1, m.Length);
            }
            else
            {
                at = Math.Max(at + 1, wordEnd);
            }
        }

        return found ?? [];
    }

    /// <summary>
    /// The first party that matches at <paramref name="at"/>, or null; <paramref name="wordEnd"/> is where the ASCII
    /// letters there end when no party may begin with them (the scan goes on after them), else <paramref name="at"/>.
    /// Letters running into a non-ASCII character, and starts that are no ASCII letter, are left to every party's regex
    /// (they know more letters than ASCII).
    /// </summary>
    private static Match? MatchAt(string s, int at, out int wordEnd)
    {
        wordEnd = at;
        ReadOnlySpan<char> word = default;
        if (char.IsAsciiLetter(s[at]))
        {
            var end = at;
            while (end < s.Length && char.IsAsciiLetter(s[end])) end++;
            if (end >= s.Length || char.IsAscii(s[end])) word = s.AsSpan(at, end - at);
            wordEnd = end;
            if (!word.IsEmpty && !AnyParty.MayBegin(word)) return null;
        }

        var tried = false;
        foreach (var (starts, regex) in Parties)
        {
            if (!word.IsEmpty && !starts.MayBegin(word)) continue;
            tried = true;
            var m = regex.Match(s, at);
            if (m.Success) return m;
        }

        if (tried) wordEnd = at;
        return null;
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
}
