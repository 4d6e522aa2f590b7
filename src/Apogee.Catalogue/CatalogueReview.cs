using Apogee.Core.Catalogue;
using Apogee.Core.Model;
using Apogee.Core.Storage;

namespace Apogee.Catalogue;

/// <summary>
/// An analyst's worklist over one period: catalogue launches no event matches (missed by the news ingested), events
/// the catalogue lacks (candidates to add), and the fields on which linked events and their launches disagree.
/// Only events the catalogue could hold are set against it (<see cref="InScope"/>); the rest are counted.
/// </summary>
public sealed record CatalogueReview(
    DateOnly? Since,
    DateOnly? Until,
    IReadOnlyList<CatalogueLaunch> Missed,
    IReadOnlyList<StoredEvent> Lacking,
    IReadOnlyList<(StoredEvent Event, FieldCheck Check)> Disagreements,
    int Linked,
    int OutOfScope)
{
    public bool HasDifferences => Missed.Count > 0 || Lacking.Count > 0 || Disagreements.Count > 0;

    /// <summary>
    /// The review of <paramref name="events"/> (already filtered to the period) against <paramref name="catalogue"/>.
    /// With no period given, it is the span of the events' days: a launch before the news began is not "missed".
    /// </summary>
    public static CatalogueReview Build(IReadOnlyList<StoredEvent> events, IReadOnlyList<CatalogueEntry> catalogue, DateOnly? since, DateOnly? until)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(catalogue);
        var days = events.SelectMany(e => new[] { e.Event.Date.Earliest, e.Event.Date.Latest }).OfType<DateOnly>().ToList();
        var lo = since ?? (days.Count > 0 ? days.Min() : null);
        var hi = until ?? (days.Count > 0 ? days.Max() : null);
        var shown = events.Select(e => e.Id).ToHashSet();
        var missed = lo is null || hi is null
            ? []
            : catalogue.Where(c => c.Launch.Day >= lo && c.Launch.Day <= hi && !c.EventIds.Any(shown.Contains)).Select(c => c.Launch).ToList();
        var scoped = events.Where(InScope).ToList();
        var disagreements = scoped
            .Where(e => e.Catalogue is not null)
            .SelectMany(e => CatalogueComparison.Compare(e).Where(c => c.Agrees == false).Select(c => (e, c)))
            .ToList();
        return new CatalogueReview(
            lo, hi, missed, scoped.Where(e => e.Catalogue is null).ToList(), disagreements, scoped.Count(e => e.Catalogue is not null), events.Count - scoped.Count);
    }

    /// <summary>
    /// An event the catalogue could hold: North Korea's, not a cruise missile (CNS records ballistic missiles and space
    /// launches), dated to at most <see cref="CatalogueMatcher.MaxSpanDays"/> days. Linked events are always in scope.
    /// </summary>
    public static bool InScope(StoredEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Catalogue is not null) return true;
        var ev = e.Event;
        return string.Equals(ev.Actor, Vocabulary.Sources.NorthKorea, StringComparison.OrdinalIgnoreCase)
            && ev.Category != Vocabulary.Categories.Cruise
            && ev.Date.Earliest is { } a && ev.Date.Latest is { } b && b.DayNumber - a.DayNumber <= CatalogueMatcher.MaxSpanDays;
    }
}
