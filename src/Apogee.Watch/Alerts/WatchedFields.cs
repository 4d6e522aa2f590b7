using Apogee.Core.Model;

namespace Apogee.Watch.Alerts;

/// <summary>
/// The event fields whose change is worth an alert: how many missiles, how far, how high, and its class (range class
/// and category). Other fields (time, site spelling, direction) get refined by every report and would only make noise.
/// </summary>
public static class WatchedFields
{
    public static IReadOnlyList<string> All { get; } =
        [Vocabulary.Fields.Count, Vocabulary.Fields.RangeKm, Vocabulary.Fields.ApogeeKm, Vocabulary.Fields.RangeClass, Vocabulary.Fields.Category];

    /// <summary>The contract name of a changed field, accepting the short spellings a store might use; null if not watched.</summary>
    public static string? Canonical(string field) => field.ToLowerInvariant() switch
    {
        "count" => Vocabulary.Fields.Count,
        "range" or "range_km" => Vocabulary.Fields.RangeKm,
        "apogee" or "apogee_km" => Vocabulary.Fields.ApogeeKm,
        "class" or "range_class" => Vocabulary.Fields.RangeClass,
        "category" => Vocabulary.Fields.Category,
        _ => null,
    };

    /// <summary>The watched fields of an event as text, in <see cref="All"/> order; absent values are left out.</summary>
    public static IReadOnlyList<AlertChange> Snapshot(LaunchEvent e)
    {
        var list = new List<AlertChange>();
        Add(list, Vocabulary.Fields.Count, e.Count?.ToString());
        Add(list, Vocabulary.Fields.RangeKm, AlertText.Number(e.RangeKm));
        Add(list, Vocabulary.Fields.ApogeeKm, AlertText.Number(e.ApogeeKm));
        Add(list, Vocabulary.Fields.RangeClass, e.RangeClass);
        Add(list, Vocabulary.Fields.Category, e.Category);
        return list;
    }

    private static void Add(List<AlertChange> list, string field, string? value)
    {
        if (value is not null) list.Add(new AlertChange(field, null, value));
    }
}
