namespace Apogee.Extraction.Attribution;

/// <summary>Where quoted words open and close across sentences (curly or straight quotes).</summary>
internal static class Quotes
{
    /// <summary>"\u201cIt is assumed to be a Scud.": opens with a quote and does not close it.</summary>
    public static bool OpensUnclosed(string sentence)
    {
        if (sentence.Length == 0) return false;
        if (sentence[0] == '\u201c') return sentence.IndexOf('\u201d', StringComparison.Ordinal) < 0;
        return sentence[0] == '"' && Count(sentence, '"') % 2 == 1;
    }

    /// <summary>A sentence that closes a quote opened before it: a closing quote with no opening one before it.</summary>
    public static bool Closes(string sentence)
    {
        var close = sentence.IndexOf('\u201d', StringComparison.Ordinal);
        if (close >= 0) return sentence.IndexOf('\u201c', 0, close) < 0;
        return Count(sentence, '"') % 2 == 1;
    }

    private static int Count(string s, char c)
    {
        var n = 0;
        foreach (var x in s) if (x == c) n++;
        return n;
    }
}
