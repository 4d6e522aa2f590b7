namespace Apogee.Extraction.Text;

/// <summary>
/// The last results of a pure function of a text, per thread, by the text's reference: one document's stages ask the
/// same finders of the same sentence strings several times (a sentence's dates by the relevance judge, the fact filter
/// and the reference finder), and each answer is found once. Keyed by reference, not content: a copy of a text is
/// simply asked again. A small ring (a document's sentences are asked in runs), per thread (ingest workers run in
/// parallel), so nothing outlives the next few documents.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "Held in static fields for the process's life: its thread values are never disposed of early.")]
internal sealed class RecentResults<T>(Func<string, T> find)
    where T : class
{
    private const int Size = 64;

    private readonly ThreadLocal<Ring> _rings = new(() => new Ring());

    public T Of(string text)
    {
        var ring = _rings.Value!;
        var entries = ring.Entries;
        for (var i = 0; i < entries.Length; i++)
        {
            if (ReferenceEquals(entries[i].Text, text)) return entries[i].Result!;
        }

        var result = find(text);
        entries[ring.Next] = (text, result);
        ring.Next = (ring.Next + 1) % Size;
        return result;
    }

    private sealed class Ring
    {
        public readonly (string? Text, T? Result)[] Entries = new (string?, T?)[Size];
        public int Next;
    }
}
