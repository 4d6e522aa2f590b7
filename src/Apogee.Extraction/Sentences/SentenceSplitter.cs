using Apogee.Core.Text;
using Apogee.Extraction.Text;

namespace Apogee.Extraction.Sentences;

/// <summary>
/// Splits at line breaks and at terminal punctuation followed by a capital, except after abbreviations
/// ("U.S.", "Jan.", "Gen.", initials) so a quote is always one whole, verbatim sentence. A line break inside a sentence
/// (hard-wrapped statements, press releases and plain-text wire copy: the line ends without a stop and the next one
/// goes on in lower case) does not split.
/// </summary>
public sealed class SentenceSplitter : ISentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "u.s", "u.n", "u.k", "e.u", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "rep", "sen", "gov", "prof", "st", "no",
        "cmdr", "cdr", "brig", "cpl", "pvt", "amb", "rev", "hon", "inc", "co", "corp", "ltd", "vs", "etc", "jr", "sr", "n", "s", "d.c", "p", "pp", "fig", "approx", "est", "mt", "ft",
    };

    private static readonly HashSet<string> TimeFollowers = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "KST", "JST", "Korea", "Korean", "Japan", "Seoul", "Pyongyang", "local", "GMT", "UTC", "ET", "EST", "EDT",
        "Hawaii", "Washington", "Eastern", "Pacific", "Central", "PT", "PDT", "PST", "HST", "CDT", "CST", "Guam", "Tokyo", "Beijing", "Moscow", "BST", "CET", "CEST",
    };

    public IReadOnlyList<Sentence> Split(string text)
    {
        var result = new List<Sentence>();
        if (string.IsNullOrEmpty(text)) return result;
        var paragraph = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var nl = text.IndexOf('\n', lineStart);
            while (nl >= 0 && Wrapped(text, lineStart, nl)) nl = text.IndexOf('\n', nl + 1);
            var lineEnd = nl < 0 ? text.Length : nl;
            SplitLine(text, lineStart, lineEnd, paragraph, result);
            if (nl < 0) break;
            if (lineEnd > lineStart && text[lineStart..lineEnd].Trim().Length > 0) paragraph++;
            lineStart = nl + 1;
        }

        return result;
    }

    /// <summary>
    /// Whether the line break at <paramref name="nl"/> only wraps a sentence: the text since <paramref name="lineStart"/>
    /// is not blank and ends without a stop, colon, quote or bracket, and the next line starts with a lower-case letter
    /// ("... for its launch of a space" / "launch vehicle (SLV) ..."). A headline ends without a stop too, but the story
    /// after it starts with a capital.
    /// </summary>
    private static bool Wrapped(string text, int lineStart, int nl)
    {
        var end = nl;
        while (end > lineStart && char.IsWhiteSpace(text[end - 1])) end--;
        if (end == lineStart || WrappedLine.Closes(text[end - 1])) return false;
        var next = nl + 1;
        while (next < text.Length && text[next] is ' ' or '\t' or '\u00a0') next++;
        return next < text.Length && char.IsLower(text[next]);
    }

    private static void SplitLine(string text, int start, int end, int paragraph, List<Sentence> into)
    {
        var line = text[start..end];
        var from = 0;
        foreach (System.Text.RegularExpressions.Match m in ExtractionPatterns.SentenceEnd().Matches(line))
        {
            var stop = m.Index + m.Length;
            if (!IsBoundary(line, m.Index, stop)) continue;
            Add(text, start + from, start + stop, paragraph, into);
            from = stop;
        }

        Add(text, start + from, end, paragraph, into);
    }

    private static bool IsBoundary(string line, int punct, int stop)
    {
        if (line[punct] != '.') return true;
        // Spans, not substrings, and only the word before the stop: copying or scanning the line around every stop made
        // one long paragraph quadratic. DecimalsAfterStop is anchored at the start, so a span costs only what it reads.
        if (punct > 0 && char.IsDigit(line[punct - 1]) && ExtractionPatterns.DecimalsAfterStop().IsMatch(line.AsSpan(stop))) return false;
        var before = ExtractionPatterns.WordBeforeStop().Match(WordBefore(line, punct));
        if (!before.Success) return true;
        var word = before.Groups[1].Value.TrimEnd('.');
        var next = NextWord(line, stop);
        if (word.Equals("a.m", StringComparison.OrdinalIgnoreCase) || word.Equals("p.m", StringComparison.OrdinalIgnoreCase))
        {
            // "2:34 p.m. (0534 GMT) on Thursday": the bracket converts the time, the sentence goes on.
            return !TimeFollowers.Contains(next) && line.AsSpan(stop).TrimStart() is not ['(', ..];
        }

        // Single capital letters are initials ("Kim J. Un", "N. Korea"), dotted words abbreviations.
        if (word.Length == 1 && char.IsUpper(word[0])) return false;
        return !Abbreviations.Contains(word);
    }

    /// <summary>
    /// The end of <paramref name="line"/> before <paramref name="punct"/> where <see cref="ExtractionPatterns.WordBeforeStop"/>
    /// can match: the run of letters and dots before it, and the one character before that run (its start or space).
    /// A match's word cannot begin earlier, since the character before it must be a space, bracket or quote.
    /// </summary>
    private static string WordBefore(string line, int punct)
    {
        var from = punct;
        while (from > 0 && (char.IsAsciiLetter(line[from - 1]) || line[from - 1] == '.')) from--;
        from = Math.Max(0, from - 1);
        return line[from..punct];
    }

    private static string NextWord(string line, int from)
    {
        var i = from;
        while (i < line.Length && !char.IsLetterOrDigit(line[i])) i++;
        var j = i;
        while (j < line.Length && char.IsLetterOrDigit(line[j])) j++;
        return line[i..j];
    }

    private static void Add(string text, int start, int end, int paragraph, List<Sentence> into)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end <= start) return;
        // A "sentence" longer than any written one (a run-on without stops, a repeated phrase, one endless word) is cut
        // into pieces of at most MaxSentenceLength, at the last space before the limit where there is one: the
        // per-sentence patterns may cost more than linear in a sentence's length, and this bounds that length.
        while (end - start > MaxSentenceLength)
        {
            var cut = start + MaxSentenceLength;
            var space = text.LastIndexOf(' ', cut - 1, MaxSentenceLength / 2);
            if (space > start) cut = space;
            else if (char.IsHighSurrogate(text[cut - 1])) cut--;
            Add(text, start, cut, paragraph, into);
            start = cut;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
        }

        if (end <= start) return;
        into.Add(new Sentence(into.Count, start, end, text[start..end], paragraph));
    }

    /// <summary>Longer than any sentence of the corpora (their longest is well under half of it).</summary>
    public const int MaxSentenceLength = 2_000;
}
