namespace Apogee.Storage.Sql;

/// <summary>
/// The words of a text filter (<c>q</c>) as both engines' full-text indexes see them: runs of letters and digits,
/// case folded. In double quotes the words must come in that order (a phrase); otherwise each must occur in a quote
/// of the same report, in any order. Whole words: "launch" does not find "launched" (neither index stems, so both
/// engines answer alike).
/// </summary>
internal sealed record TextSearch(IReadOnlyList<string> Words, bool Phrase)
{
    public static TextSearch Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        var phrase = t.Length >= 2 && t[0] == '"' && t[^1] == '"';
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= t.Length; i++)
        {
            var letter = i < t.Length && char.IsLetterOrDigit(t[i]);
            if (letter && start < 0) start = i;
            if (letter || start < 0) continue;
            words.Add(t[start..i].ToLowerInvariant());
            start = -1;
        }

        return new TextSearch(words, phrase);
    }
}
