using Apogee.Core.Catalogue;
using Apogee.Core.Model;

namespace Apogee.Core.Storage;

/// <summary>
/// One row of an events list: the consolidated event (without its claims) and the summary a list shows, which the
/// writer keeps on the event row (<see cref="ListingSummary"/>), so a page costs one query however many claims it has.
/// </summary>
public sealed record EventListing(long Id, LaunchEvent Event, int Reports, IReadOnlyList<string> Sources, IReadOnlyList<string> Conflicts)
{
    /// <summary>The keyset position of this row: pass it as <see cref="EventQuery.After"/> for the page after it.</summary>
    public EventCursor Cursor => new(Event.Date.Earliest, Id);

    /// <summary>The reference catalogue's launch this event matches (docs/CATALOGUE.md), or null.</summary>
    public CatalogueLink? Catalogue { get; init; }
}
