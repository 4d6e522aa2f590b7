using Apogee.Core.Storage;

namespace Apogee.Web.Model;

/// <summary>What ingesting one article did: its status and the events it created or changed.</summary>
public sealed record IngestResponse(
    string Document,
    string Status,
    long? DocumentId,
    IReadOnlyList<long> EventsCreated,
    IReadOnlyList<long> EventsUpdated,
    IReadOnlyList<EventSummary> Events,
    IReadOnlyList<EventChange> Changes);
