using Apogee.Core.Model;
using Apogee.Core.Storage;

namespace Apogee.Resolution;

/// <summary>What an ingest changed in an event: the fields alerts watch, or "new" for an event just created.</summary>
public static class EventDiff
{
    public const string NewEvent = "new";

    public static IReadOnlyList<EventChange> Changes(long id, LaunchEvent? before, LaunchEvent after)
    {
        ArgumentNullException.ThrowIfNull(after);
        if (before is null) return [new EventChange(id, NewEvent, null, Summary(after))];
        var list = new List<EventChange>();
        void Compare(string field, string? b, string? a)
        {
            if (!string.Equals(b, a, StringComparison.Ordinal)) list.Add(new EventChange(id, field, b, a));
        }

        Compare(Vocabulary.Fields.Count, before.Count?.ToString(), after.Count?.ToString());
        Compare(Vocabulary.Fields.RangeKm, Num(before.RangeKm), Num(after.RangeKm));
        Compare(Vocabulary.Fields.ApogeeKm, Num(before.ApogeeKm), Num(after.ApogeeKm));
        Compare(Vocabulary.Fields.RangeClass, before.RangeClass, after.RangeClass);
        Compare(Vocabulary.Fields.Category, before.Category, after.Category);
        return list;
    }

    /// <summary>One line naming a launch: date, category, site.</summary>
    public static string Summary(LaunchEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var parts = new List<string> { DateRules.Format(e.Date), e.Category };
        if (e.Site is not null) parts.Add(e.Site.Name);
        return string.Join(" ", parts);
    }

    private static string? Num(double? v) => v is { } x ? FigureRules.Format(x) : null;
}
