using System.Collections;

namespace Apogee.Extraction.Text;

/// <summary>
/// A list found only when first read: the date resolver reads the officeholders named in a report only when the
/// report has no publication date, and finding them means folding and scanning the whole text.
/// </summary>
internal sealed class LazyList<T>(Func<IReadOnlyList<T>> find) : IReadOnlyList<T>
{
    private IReadOnlyList<T>? _items;

    private IReadOnlyList<T> Items => _items ??= find();

    public int Count => Items.Count;

    public T this[int index] => Items[index];

    public IEnumerator<T> GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
