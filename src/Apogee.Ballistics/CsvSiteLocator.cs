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

    /// <summary>
    /// Exact name first; else the one site whose name starts with the query ("Sohae" for "Sohae Satellite
    /// Launching Station"). Several different sites under the prefix make it ambiguous: null, never a guess.
    /// </summary>
    public GeoPoint? Locate(string name)
    {
        var key = Key(name ?? string.Empty);
        if (key.Length == 0)
        {
            return null;
        }

        if (_byKey.TryGetValue(key, out var exact))
        {
            return exact;
        }

        if (key.Length < MinPrefixLength)
        {
            return null;
        }

        var candidates = _byKey.Where(kv => kv.Key.StartsWith(key, StringComparison.Ordinal)).Select(kv => kv.Value).Distinct().ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    /// <summary>Shortest query matched as a prefix: shorter ones ("Sa", "Kus") name too many places.</summary>
    private const int MinPrefixLength = 4;

    private static string Key(string name) =>
        new(name.Trim().ToUpperInvariant().Where(char.IsLetterOrDigit).ToArray());
}
