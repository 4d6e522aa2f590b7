namespace Apogee.Storage.Sql;

/// <summary>
/// The short strings packed reports repeat (fields, sources, qualifiers, categories, site names, date bases), each
/// written once per process as a small number. Process-wide and append-only; past <see cref="Capacity"/> distinct
/// words a new one is written out in full, so odd values cannot grow it without bound. Unpacked reports share these
/// string instances instead of allocating their own.
/// </summary>
internal static class PackedWords
{
    public const int Capacity = 4096;

    private static readonly object Gate = new();
    private static readonly Dictionary<string, int> Codes = new(StringComparer.Ordinal);
    private static readonly List<string> Words = [];

    public static void Write(BinaryWriter w, string word)
    {
        int code;
        lock (Gate)
        {
            if (!Codes.TryGetValue(word, out code))
            {
                code = Words.Count < Capacity ? Words.Count : -1;
                if (code >= 0)
                {
                    Codes[word] = code;
                    Words.Add(word);
                }
            }
        }

        w.Write7BitEncodedInt(code + 1); // 0: spelled out
        if (code < 0) w.Write(word);
    }

    public static string Read(BinaryReader r)
    {
        var code = r.Read7BitEncodedInt() - 1;
        if (code < 0) return r.ReadString();
        lock (Gate) return Words[code];
    }
}
