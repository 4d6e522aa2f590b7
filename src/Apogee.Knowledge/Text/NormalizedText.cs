namespace Apogee.Knowledge.Text;

/// <summary>
/// Text folded for matching (lower case, diacritics stripped, spaces/hyphens/apostrophes/periods dropped),
/// with a map from every folded character back to the original characters it came from, so a match on the
/// folded form can report offsets and the surface as written.
/// </summary>
internal sealed class NormalizedText
{
    public NormalizedText(string original, char[] chars, int[] originStart, int length)
    {
        Original = original;
        Chars = chars;
        OriginStart = originStart;
        Length = length;
    }

    public string Original { get; }

    /// <summary>Folded characters; <see cref="TextFolding.Breaker"/> marks punctuation no phrase may cross.</summary>
    public char[] Chars { get; }

    /// <summary>Index in <see cref="Original"/> of the first character each folded character came from.</summary>
    public int[] OriginStart { get; }

    public int Length { get; }

    /// <summary>
    /// Index in <see cref="Original"/> one past the character folded position <paramref name="i"/> came from
    /// (every folded character comes from exactly one original character).
    /// </summary>
    public int OriginEnd(int i) => OriginStart[i] + 1;

    /// <summary>True when folded position <paramref name="i"/> begins a word of the original text.</summary>
    public bool StartsWord(int i)
    {
        var o = OriginStart[i];
        return o == 0 || !char.IsLetterOrDigit(Original[o - 1]);
    }

    /// <summary>True when folded position <paramref name="i"/> ends a word of the original text.</summary>
    public bool EndsWord(int i)
    {
        var o = OriginEnd(i);
        return o >= Original.Length || !char.IsLetterOrDigit(Original[o]);
    }
}
