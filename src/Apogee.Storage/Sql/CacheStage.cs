using Apogee.Core.Model;

namespace Apogee.Storage.Sql;

/// <summary>
/// What one write transaction learnt about events, kept apart from the shared <see cref="EventCache"/> until it commits:
/// a document's own findings (dropped if its savepoint rolls back), then the batch's (dropped if the commit fails).
/// Lookups see the document's first, then the batch's, then the committed cache. The event rows the transaction still
/// has to write in full (<see cref="Defer"/>) are staged the same way.
/// </summary>
internal sealed class CacheStage(EventCache cache, ProfileMemo? profiles = null)
{
    private readonly Dictionary<long, CachedEvent> _document = [];
    private readonly Dictionary<long, CachedEvent> _batch = [];
    private readonly Dictionary<long, PendingWrite> _documentWrites = [];
    private readonly Dictionary<long, PendingWrite> _batchWrites = [];
    private readonly Dictionary<string, LaunchEvent> _documentProfiles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LaunchEvent> _batchProfiles = new(StringComparer.Ordinal);

    public CachedEvent? Get(long id, long rev) =>
        _document.TryGetValue(id, out var d) ? (d.Rev == rev ? d : null)
        : _batch.TryGetValue(id, out var b) ? (b.Rev == rev ? b : null)
        : cache.Get(id, rev);

    public void Set(long id, CachedEvent entry) => _document[id] = entry;

    /// <summary>
    /// The event's full row as the writer would write it now. The writer stores only the columns later statements of
    /// the transaction read (<see cref="WriteCommands.UpdateEventKeys"/>) and writes the rest once, at the end
    /// (<see cref="Deferred"/>): the re-clustering pass rewrites most touched events anyway.
    /// </summary>
    public void Defer(long id, PendingWrite write) => _documentWrites[id] = write;

    /// <summary>The latest deferred write of this event, if any.</summary>
    public PendingWrite? Deferral(long id) =>
        _documentWrites.TryGetValue(id, out var d) ? d : _batchWrites.GetValueOrDefault(id);

    /// <summary>Every deferred write kept so far (documents whose savepoints were released), by event id.</summary>
    public IEnumerable<KeyValuePair<long, PendingWrite>> Deferred() => _batchWrites.OrderBy(w => w.Key);

    /// <summary>The consolidated event of a set of reports (<see cref="ProfileMemo.Key"/>), if this transaction or a committed one made it.</summary>
    public LaunchEvent? Profile(string key) =>
        _documentProfiles.TryGetValue(key, out var d) ? d
        : _batchProfiles.TryGetValue(key, out var b) ? b
        : profiles?.Get(key);

    public void SetProfile(string key, LaunchEvent profile) => _documentProfiles[key] = profile;

    /// <summary>The document's savepoint was released: its findings belong to the batch.</summary>
    public void KeepDocument()
    {
        foreach (var (id, entry) in _document) _batch[id] = entry;
        foreach (var (id, write) in _documentWrites) _batchWrites[id] = write;
        foreach (var (key, profile) in _documentProfiles) _batchProfiles[key] = profile;
        _document.Clear();
        _documentWrites.Clear();
        _documentProfiles.Clear();
    }

    /// <summary>The document was rolled back: forget what it saw and wrote.</summary>
    public void DropDocument()
    {
        _document.Clear();
        _documentWrites.Clear();
        _documentProfiles.Clear();
    }

    /// <summary>The transaction committed: everything staged is now the database's state.</summary>
    public void Commit()
    {
        KeepDocument();
        cache.Put(_batch);
        profiles?.Put(_batchProfiles);
        _batch.Clear();
        _batchWrites.Clear();
        _batchProfiles.Clear();
    }
}
