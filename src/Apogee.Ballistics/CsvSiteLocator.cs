using System.Globalization;

namespace Apogee.Ballistics;

/// <summary>
/// A site locator over a table of launch sites with columns facility_name, lat, lon and optional alt_names
/// ('|'-separated), the layout of the CNS facilities table. Names match ignoring case, spaces and punctuation
/// ("Chiha-ri" = "chihari"). Stands in until the gazetteer (Apogee.Knowledge) is wired to <see cref="ILaunchSiteLocator"/>.
/// </summary>
public sealed class CsvSiteLocator : ILaunchSiteLocator
{
    private readonly Dictionary<string, GeoPoint> _byKey;

    private CsvSiteLocator(Dictionary<string, GeoPoint> byKey) => _byKey = byKey;

    public int Count => _byKey.Count;

    public static CsvSiteLocator Parse(string csvText)
    {
        var table = CsvTable.Parse(csvText);
        var byKey = new Dictionary<string, GeoPoint>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            if (!double.TryParse(table.Cell(row, "lat"), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(table.Cell(row, "lon"), NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
            {
                continue;
            }

            var point = new GeoPoint(lat, lon);
            if (!point.IsValid)
            {
                continue;
            }

            var names = new[] { table.Cell(row, "facility_name") }.Concat(table.Cell(row, "alt_names").Split('|'));
            foreach (var name in names)
            {
                var key = Key(name);
                if (key.Length > 0)
                {
                    byKey.TryAdd(key, point); // first row wins: deterministic for identical input
                }
            }
        }

        return new CsvSiteLocator(byKey);
    }

    public GeoPoint? Locate(string name) => _byKey.TryGetValue(Key(name ?? string.Empty), out var p) ? p : null;

    private static string Key(string name) =>
        new(name.Trim().ToUpperInvariant().Where(char.IsLetterOrDigit).ToArray());
}
