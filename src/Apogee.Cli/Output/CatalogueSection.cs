using Apogee.Catalogue;
using Apogee.Core.Storage;

namespace Apogee.Cli.Output;

/// <summary>
/// `apogee show`'s catalogue section: the CNS launch the event matches with, field by field, the consolidated value
/// beside the catalogue's and whether they agree; or that the catalogue lacks the event. Printed only when the store
/// holds a catalogue, so a store without one shows what it always showed.
/// </summary>
internal static class CatalogueSection
{
    private static readonly string[] Header = ["field", "Apogee", "catalogue", "agrees"];

    public static void Write(TextWriter w, StoredEvent s, bool storeHasCatalogue)
    {
        if (s.Catalogue is not { } link)
        {
            if (!storeHasCatalogue) return;
            w.WriteLine();
            w.WriteLine("Catalogue (CNS)");
            w.WriteLine("  no catalogue launch matches: the catalogue lacks this event");
            return;
        }

        var l = link.Launch;
        w.WriteLine();
        w.WriteLine($"Catalogue (CNS launch {l.Id}, {l.Lines})");
        var rows = new List<string[]> { Header };
        rows.AddRange(CatalogueComparison.Compare(s).Select(c => new[] { c.Field, c.Apogee ?? "-", c.Catalogue ?? "-", c.Agrees switch { true => "yes", false => "NO", null => "-" } }));
        var widths = Enumerable.Range(0, 4).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var r in rows)
        {
            w.WriteLine(("  " + string.Join("  ", r.Select((cell, i) => cell.PadRight(widths[i])))).TrimEnd());
        }
    }
}
