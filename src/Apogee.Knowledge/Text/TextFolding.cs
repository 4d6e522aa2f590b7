namespace Apogee.Knowledge.Text;

/// <summary>
/// The one folding both the knowledge keys and the searched text go through, so that "Tongchang-ri",
/// "Tongchang ri" and "TONGCHANGRI" or "Kusŏng" and "Kusong" meet on the same key.
/// </summary>
internal static class TextFolding
{
    /// <summary>Stands for punctuation (comma, bracket, slash...) that ends any phrase in progress.</summary>
    public const char Breaker = '\0';

    // Folding of every non-ASCII letter we can meet in Latin romanisations, computed once: decomposing
    // per character on every call would dominate the cost of a 100k-article run.
    private static readonly string?[] Table = BuildTable();

    private const int TableSize = 0x0250;

    // The finders of one article (places, seas, missiles, officeholders) usually run one after another on
    // the same string: folding it once per thread and reusing it halves the cost of a pipeline run.
    [ThreadStatic]
    private static NormalizedText? _last;

    public static NormalizedText Normalize(string text)
    {
        var last = _last;
        if (last is not null && ReferenceEquals(last.Original, text))
        {
            return last;
        }

        last = Fold(text);
        _last = last;
        return last;
    }

    private static NormalizedText Fold(string text)
    {
        var chars = new char[text.Length + 16];
        var starts = new int[chars.Length];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 128)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    Add(char.ToLowerInvariant(c), i);
                }
                else if (!IsJoiner(c))
                {
                    Add(Breaker, i);
                }

                continue;
            }

            if (IsJoiner(c))
            {
                continue;
            }

            var folded = c < TableSize ? Table[c] : LatinFolds.Map.GetValueOrDefault(c);
            if (folded is null)
            {
                Add(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : Breaker, i);
                continue;
            }

            foreach (var f in folded)
            {
                Add(f, i);
            }
        }

        return new NormalizedText(text, chars, starts, n);

        void Add(char c, int origin)
        {
            if (n == chars.Length)
            {
                Array.Resize(ref chars, n * 2);
                Array.Resize(ref starts, n * 2);
            }

            chars[n] = c;
            starts[n] = origin;
            n++;
        }
    }

    /// <summary>The folded key of a name: what <see cref="Normalize"/> makes of it, breakers included.</summary>
    public static string Key(string name)
    {
        var folded = Fold(name);
        return new string(folded.Chars, 0, folded.Length);
    }

    /// <summary>Characters a name may be written with or without: spaces, hyphens, apostrophes, periods.</summary>
    private static bool IsJoiner(char c) => c switch
    {
        ' ' or '\t' or '\n' or '\r' or '-' or '\'' or '.' or '`' => true,
        '\u00A0' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2018' or '\u2019' or '\u02BC' or '\u02BB' => true,
        _ => char.IsWhiteSpace(c),
    };

    private static string?[] BuildTable()
    {
        var table = new string?[TableSize];
        foreach (var (c, folded) in LatinFolds.Map)
        {
            if (c < TableSize)
            {
                table[c] = folded;
            }
        }

        return table;
    }
}
