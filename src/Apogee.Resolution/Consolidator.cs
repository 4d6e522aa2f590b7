using Apogee.Core.Model;
using Apogee.Core.Storage;

namespace Apogee.Resolution;

/// <summary>
/// Builds an event's consolidated fields from every report linked to it. Pure: the same reports in any order give the
/// same event (reports are sorted by document first). Each chosen field carries a <see cref="FieldExplanation"/>.
/// </summary>
public static class Consolidator
{
    public static Consolidation Consolidate(IReadOnlyList<ReportedEvent> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0) throw new ArgumentException("an event needs at least one report", nameof(reports));
        var rs = reports.OrderBy(r => r.DocumentId).ThenBy(r => r.Role, StringComparer.Ordinal).ToList();
        var why = new List<FieldExplanation>();
        T Keep<T>((T Value, FieldExplanation? Why) chosen)
        {
            if (chosen.Why is not null) why.Add(chosen.Why);
            return chosen.Value;
        }

        var actor = FigureRules.FromReports(rs, e => e.Actor)?.Value ?? "North Korea";
        var date = Keep(DateRules.Choose(rs));
        var count = Keep(FigureRules.Count(rs));
        var category = Keep(TextRules.Choose(Vocabulary.Fields.Category, rs, e => e.Category, ignore: Vocabulary.Categories.Unknown));
        var rangeClass = Keep(TextRules.Choose(Vocabulary.Fields.RangeClass, rs, e => e.RangeClass));
        var basing = Keep(TextRules.Choose(Vocabulary.Fields.Basing, rs, e => e.Basing));
        var name = Keep(TextRules.Choose(Vocabulary.Fields.MissileName, rs, e => e.MissileName, namesRule: true));
        var site = Keep(TextRules.Site(rs));
        var direction = Keep(TextRules.Choose(Vocabulary.Fields.Direction, rs, e => e.Direction));
        var time = Keep(TextRules.Choose(Vocabulary.Fields.TimeLocal, rs, e => e.TimeLocal));
        var eez = Keep(TextRules.Choose(Vocabulary.Fields.Eez, rs, e => e.Impact?.Eez));
        var area = TextRules.Choose("impact_area", rs, e => e.Impact?.Area).Value;
        var range = Keep(FigureRules.Number(Vocabulary.Fields.RangeKm, rs, e => e.RangeKm));
        var apogee = Keep(FigureRules.Number(Vocabulary.Fields.ApogeeKm, rs, e => e.ApogeeKm));
        var speed = Keep(FigureRules.Number(Vocabulary.Fields.SpeedMach, rs, e => e.SpeedMach));
        var flight = Keep(FigureRules.Number(Vocabulary.Fields.FlightTimeMin, rs, e => e.FlightTimeMin));
        var referenceOnly = !rs.Any(r => r.IsPrimary);

        var ev = new LaunchEvent
        {
            Role = referenceOnly ? Vocabulary.Roles.Reference : Vocabulary.Roles.Primary,
            Actor = actor,
            Date = date,
            Weekday = TextRules.Choose("weekday", rs, e => e.Weekday).Value,
            PartOfDay = TextRules.Choose("part_of_day", rs, e => e.PartOfDay).Value,
            TimeLocal = time,
            Count = count,
            Category = category ?? Vocabulary.Categories.Unknown,
            RangeClass = rangeClass,
            Basing = basing,
            MissileName = name,
            Site = site,
            Direction = direction,
            Impact = area is null && eez is null ? null : new Impact(area, eez),
            RangeKm = range,
            ApogeeKm = apogee,
            SpeedMach = speed,
            FlightTimeMin = flight,
            Claims = [],
        };
        if (rs.Count > 1)
        {
            // Why each report is in this event: what it shares with the consolidated launch.
            foreach (var r in rs)
            {
                why.Add(new FieldExplanation(LinkReasons.Grouping, $"document {r.DocumentId} ({r.Role})", LinkReasons.Together(r.Event, ev), [.. r.Claims.Select(c => c.Id)], false));
            }
        }

        return new Consolidation(ev, why, referenceOnly);
    }
}
