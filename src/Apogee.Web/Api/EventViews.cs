using System.Globalization;
using Apogee.Core.Model;
using Apogee.Core.Storage;
using Apogee.Reporting;
using Apogee.Web.Model;

namespace Apogee.Web.Api;

/// <summary>Turns stored events and documents into what the API returns. Pure: the store is only read.</summary>
public static class EventViews
{
    /// <summary>A list row: the stored summary, no claims read (the event page's summary uses the same rules).</summary>
    public static EventSummary Summary(EventListing listed)
    {
        ArgumentNullException.ThrowIfNull(listed);
        var e = listed.Event;
        return new EventSummary(
            listed.Id,
            e.Date.Earliest,
            e.Date.Latest,
            e.Date.Basis,
            e.TimeLocal,
            e.Actor,
            e.Category,
            e.RangeClass,
            e.MissileName,
            e.Site,
            e.Direction,
            e.RangeKm,
            e.ApogeeKm,
            e.Count?.ToString(),
            listed.Reports,
            listed.Sources,
            listed.Conflicts)
        {
            Catalogue = CatalogueView.Of(listed.Catalogue),
        };
    }

    public static ClaimView Claim(StoredClaim c) => new(
        c.Id, c.Claim.Field, c.Claim.Value, Display(c.Claim), c.Claim.Qualifier, c.Claim.Source, c.Claim.Speaker,
        c.Claim.Quote, c.Claim.Start, c.Claim.End, c.DocumentId, c.DocumentName, c.Outlet, c.Role);

    /// <summary>A claim's value as a person reads it: "about 700", "at least 2" (shared with the exports).</summary>
    public static string Display(Claim c) => ClaimDisplay.Display(c);

    /// <summary>
    /// Fields on which sources gave different values, each source's values side by side. The store's explanations
    /// may flag a conflict too; either is enough, so a disagreement is never hidden by a rule that picked one side.
    /// </summary>
    public static IReadOnlyList<ConflictView> Conflicts(StoredEvent stored)
    {
        var conflicting = EventConflicts.Fields(stored).ToHashSet(StringComparer.Ordinal);
        var result = new List<ConflictView>();
        foreach (var field in stored.Claims.GroupBy(c => c.Claim.Field, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (!conflicting.Contains(field.Key)) continue;
            var sides = field
                .GroupBy(c => c.Claim.Source, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ConflictSide(
                    g.Key,
                    g.Select(c => Display(c.Claim)).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                    g.Select(c => c.Id).ToList()))
                .ToList();
            var chosen = stored.Explanations.FirstOrDefault(x => x.Field == field.Key)?.Value;
            result.Add(new ConflictView(field.Key, chosen, sides));
        }

        return result;
    }

    public static EventDetail Detail(StoredEvent stored, IEventStore store, object? ballistics)
    {
        var e = stored.Event;
        // Identical claims (field, value, source) once, with their quotes: an event many articles report would
        // otherwise list "North Korea: category = space_launch" once per article.
        var groups = ClaimGroups.Of(stored.Claims)
            .GroupBy(g => g.Source, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(x => x.Quotes)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SourceGroup(g.Key, g.Sum(x => x.Quotes), g
                .OrderBy(x => x.Field, StringComparer.Ordinal).ThenBy(x => x.First.Id)
                .Select(x => new ClaimGroupView(x.Field, x.First.Claim.Value, x.Display, x.First.Claim.Qualifier, x.Quotes, x.Claims.Select(Claim).ToList()))
                .ToList()))
            .ToList();

        var documents = new List<DocumentLink>();
        var references = new SortedSet<long>();
        foreach (var name in stored.Documents)
        {
            var doc = store.DocumentByName(name);
            if (doc is null) continue;
            var m = doc.Metadata;
            documents.Add(new DocumentLink(doc.Id, doc.Name, m.Outlet, m.Title, m.Url, m.Published));
            foreach (var other in doc.EventIds.Where(id => id != stored.Id)) references.Add(other);
        }

        var links = references.Take(20)
            .Select(store.Event)
            .OfType<StoredEvent>()
            .Select(r => new EventLink(r.Id, r.Event.Date.Earliest, r.Event.Date.Latest, r.Event.Category, r.Event.MissileName))
            .ToList();

        return new EventDetail(
            Summary(ListingSummary.Of(stored)), e.Weekday, e.PartOfDay, e.Count, e.Basing, e.Impact, e.SpeedMach, e.FlightTimeMin,
            stored.Explanations, groups, Conflicts(stored), documents, links, ballistics)
        {
            CatalogueChecks = Apogee.Catalogue.CatalogueComparison.Compare(stored),
        };
    }

    public static DocumentView Document(StoredDocument d)
    {
        // Spans are clamped to the text so a bad offset from an older extractor can never break the page.
        var spans = d.Claims
            .Where(c => c.Claim.Start >= 0 && c.Claim.End <= d.Text.Length && c.Claim.Start < c.Claim.End)
            .OrderBy(c => c.Claim.Start).ThenBy(c => c.Id)
            .Select(c => new ClaimSpan(c.Id, c.Claim.Field, Display(c.Claim), c.Claim.Qualifier, c.Claim.Source, c.Claim.Speaker, c.Claim.Start, c.Claim.End, c.EventId))
            .ToList();
        return new DocumentView(d.Id, d.Name, d.Origin, d.Metadata, d.Text, d.Relevant, spans, d.Removed, d.Captions, d.EventIds);
    }

    public static Overview Overview(IReadOnlyList<EventListing> events)
    {
        var months = events
            .Where(e => e.Event.Date.Earliest is not null)
            .GroupBy(e => (Month: e.Event.Date.Earliest!.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture), e.Event.Category))
            .OrderBy(g => g.Key.Month, StringComparer.Ordinal).ThenBy(g => g.Key.Category, StringComparer.Ordinal)
            .Select(g => new MonthCount(g.Key.Month, g.Key.Category, g.Count()))
            .ToList();
        var sites = events
            .Where(e => e.Event.Site is not null)
            .GroupBy(e => e.Event.Site!.Name, StringComparer.Ordinal)
            .Select(g =>
            {
                var s = g.First().Event.Site!;
                return new SiteCount(s.Name, s.Kind, s.Lat, s.Lon, g.Count());
            })
            .OrderByDescending(s => s.Count).ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        return new Overview(events.Count, events.Count(e => e.Event.Date.Earliest is null), months, sites);
    }
}
