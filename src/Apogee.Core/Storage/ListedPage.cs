namespace Apogee.Core.Storage;

/// <summary>
/// One list request's answer read in one go (<see cref="IEventStore.ListPage"/>): how many events match the filters
/// (paging aside) and the page's rows, both as of one store revision.
/// </summary>
public sealed record ListedPage(int Total, IReadOnlyList<EventListing> Rows);
