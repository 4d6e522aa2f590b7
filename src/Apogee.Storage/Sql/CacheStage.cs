namespace Apogee.Storage.Sql;

/// <summary>
/// What one write transaction learnt about events, kept apart from the shared <see cref="EventCache"/> until it commits:
/// a document's own findings (dropped if its savepoint rolls back), then the batch's (dropped if the commit fails).
/// Lookups see the document's first, then the batch's, then the committed cache.
/// </summary>
internal sealed class CacheStage(EventCache cache)
{
    private readonly Dictionary<long, CachedEvent> _document = [];
    private readonly Dictionary<long, CachedEvent> _batch = [];

    public CachedEvent? Get(long id, long rev) =>
        _document.TryGetValue(id, out var d) ? (d.Rev == rev ? d : null)
        : _batch.TryGetValue(id, out var b) ? (b.Rev == rev ? b : null)
        : cache.Get(id, rev);

    public void Set(long id, CachedEvent entry) => _document[id] = entry;

    /// <summary>The document's savepoint was released: its findings belong to the batch.</summary>
    public void KeepDocument()
    {
        foreach (var (id, entry) in _document) _batch[id] = entry;
        _document.Clear();
    }

    /// <summary>The document was rolled back: forget what it saw and wrote.</summary>
    public void DropDocument() => _document.Clear();

    /// <summary>The transaction committed: everything staged is now the database's state.</summary>
    public void Commit()
    {
        KeepDocument();
        cache.Put(_batch);
        _batch.Clear();
    }
}
