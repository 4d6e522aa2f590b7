namespace Apogee.Core.Storage;

/// <summary>
/// What storing one document did: its status, the events it created or changed, and the error if it failed.
/// <paramref name="Transient"/> marks a failure of the store itself (a lock timeout, a lost connection, a full disk):
/// the document is fine and trying it again later may succeed, unlike a document that cannot be cleaned or read.
/// </summary>
public sealed record IngestOutcome(
    string Document,
    IngestStatus Status,
    IReadOnlyList<long> EventsCreated,
    IReadOnlyList<long> EventsUpdated,
    string? Error = null,
    IReadOnlyList<EventChange>? Changes = null,
    bool Transient = false)
{
    public static IngestOutcome Failed(string document, string error) => new(document, IngestStatus.Failed, [], [], error);

    /// <summary>The store failed, not the document: worth another try later.</summary>
    public static IngestOutcome StoreFailed(string document, string error) => new(document, IngestStatus.Failed, [], [], error, null, Transient: true);
}
