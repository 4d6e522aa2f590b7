namespace Apogee.Web.Model;

/// <summary>
/// A page of events in the store's stable order (earliest date, then id), with the total that matched. <c>Next</c> is
/// the cursor of the page after this one (send it as <c>after=</c>), null on the last page.
/// </summary>
public sealed record EventPage(int Total, int Offset, int Limit, IReadOnlyList<EventSummary> Items, string? Next);
