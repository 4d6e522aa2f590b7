using System.Globalization;
using Apogee.Core.Catalogue;
using Apogee.Core.Model;

namespace Apogee.Catalogue;

/// <summary>
/// Folds CNS rows (one per missile) into launches: rows of the same local day and facility are one launch whose count
/// is the number of rows. Figures: the highest apogee and the longest distance any row gives (the news reports a
/// salvo's "flew up to"); names, types and outcomes: the distinct ones in row order.
/// </summary>
public static class CatalogueFolding
{
    public static IReadOnlyList<CatalogueLaunch> Fold(IReadOnlyList<CatalogueRow> rows, string file)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows
            .GroupBy(r => CatalogueLaunch.KeyOf(r.Day, r.Facility), StringComparer.Ordinal)
            .Select(g => Launch(g.ToList(), file))
            .OrderBy(l => l.Day)
            .ThenBy(l => l.Key, StringComparer.Ordinal)
            .ToList();
    }

    private static CatalogueLaunch Launch(List<CatalogueRow> rows, string file)
    {
        var first = rows[0];
        var located = rows.FirstOrDefault(r => r.Lat is not null);
        return new CatalogueLaunch(
            0,
            first.Day,
            Vocabulary.Sources.NorthKorea,
            Join(rows.Select(r => r.Missile)),
            Join(rows.Select(r => r.MissileType)),
            first.Facility,
            located?.Lat,
            located?.Lon,
            rows.Count,
            rows.Max(r => r.ApogeeKm),
            rows.Max(r => r.DistanceKm),
            Join(rows.Select(r => r.Outcome)),
            $"{file}:{Lines(rows.Select(r => r.Line))}");
    }

    private static string? Join(IEnumerable<string?> values)
    {
        var distinct = values.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return distinct.Count == 0 ? null : string.Join(" / ", distinct);
    }

    /// <summary>Line numbers as runs: "2-4,9".</summary>
    private static string Lines(IEnumerable<long> lines)
    {
        var runs = new List<string>();
        long? start = null;
        long prev = 0;
        foreach (var n in lines.Order())
        {
            if (start is not null && n == prev + 1)
            {
                prev = n;
                continue;
            }

            if (start is not null) runs.Add(Run(start.Value, prev));
            start = prev = n;
        }

        if (start is not null) runs.Add(Run(start.Value, prev));
        return string.Join(',', runs);
    }

    private static string Run(long a, long b) =>
        a == b ? a.ToString(CultureInfo.InvariantCulture) : $"{a.ToString(CultureInfo.InvariantCulture)}-{b.ToString(CultureInfo.InvariantCulture)}";
}
