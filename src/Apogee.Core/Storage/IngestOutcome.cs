namespace Apogee.Core.Storage;

/// <summary>What storing one document did: its status, the events it created or changed, and the error if it failed.</summary>
public sealed record IngestOutcome(
    string Document,
    IngestStatus Status,
    IReadOnlyList<long> EventsCreated,
    IReadOnlyList<long> EventsUpdated,
    string? Error = null,
    IReadOnlyList<EventChange>? Changes = null)
{
    public static IngestOutcome Failed(string document, string error) => new(document, IngestStatus.Failed, [], [], error);
}
