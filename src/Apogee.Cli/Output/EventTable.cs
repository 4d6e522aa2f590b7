using System.Globalization;
using Apogee.Core.Storage;

namespace Apogee.Cli.Output;

/// <summary>Events as an aligned plain-text table (stable for tests and pipes; no colour codes).</summary>
internal static class EventTable
{
    private static readonly string[] Header = ["ID", "DATE", "TIME", "CATEGORY", "CLASS", "SITE", "COUNT", "RANGE_KM", "APOGEE_KM", "REPORTS", "CNS"];

    public static void Write(TextWriter w, IReadOnlyList<StoredEvent> events, bool storeHasCatalogue)
    {
        var rows = new List<string[]> { Header };
        rows.AddRange(events.Select(s => new[]
        {
            s.Id.ToString(CultureInfo.InvariantCulture), ShowWriter.Date(s.Event.Date), s.Event.TimeLocal ?? "-", s.Event.Category,
            s.Event.RangeClass ?? "-", s.Event.Site?.Name ?? "-", s.Event.Count?.ToString() ?? "-", Num(s.Event.RangeKm), Num(s.Event.ApogeeKm),
            s.Reports.ToString(CultureInfo.InvariantCulture),
            // The catalogue launch the event matches; "none": the catalogue lacks it (docs/CATALOGUE.md); "-": the
            // store holds no catalogue, so nothing was checked (as `show` says).
            s.Catalogue is { } c ? c.Launch.Id.ToString(CultureInfo.InvariantCulture) : storeHasCatalogue ? "none" : "-",
        }));
        var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var r in rows)
        {
            w.WriteLine(string.Join("  ", r.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
        }

        w.WriteLine($"{events.Count} event(s)");
    }

    private static string Num(double? v) => v?.ToString("0.###", CultureInfo.InvariantCulture) ?? "-";
}
