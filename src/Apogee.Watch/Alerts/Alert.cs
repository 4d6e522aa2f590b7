namespace Apogee.Watch.Alerts;

/// <summary>
/// What watch mode announces: a new launch event, or a change to a watched figure of a known one.
/// Serialised (snake_case) as the webhook body: kind, event_id, summary, changes, documents, detected_at.
/// </summary>
public sealed record Alert(
    string Kind,
    long EventId,
    string Summary,
    IReadOnlyList<AlertChange> Changes,
    IReadOnlyList<string> Documents,
    DateTimeOffset DetectedAt);
