namespace Apogee.Web.Model;

/// <summary>A page of events in the store's stable order (earliest date, then id), with the total that matched.</summary>
public sealed record EventPage(int Total, int Offset, int Limit, IReadOnlyList<EventSummary> Items);
