using System.Globalization;

namespace Apogee.Ballistics;

/// <summary>
/// Runs the model over the CNS test database (tests.csv): every row with an apogee and a distance is classified
/// without any class hint, and the range class of its standard range is set against the row's missile type.
/// </summary>
public static class CnsCheck
{
    private static readonly string[] BallisticTypes = ["SRBM", "MRBM", "IRBM", "ICBM"];

    public static CnsCheckReport Run(string csvText, BallisticsOptions? options = null)
    {
        var table = CsvTable.Parse(csvText);
        var problems = new List<string>();
        foreach (var col in new[] { "apogee_km", "distance_km", "missile_type" })
        {
            if (!table.HasColumn(col))
            {
                problems.Add(BallisticsNotes.MissingColumn(col));
            }
        }

        var rows = new List<CnsCheckRow>();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var apogeeText = table.Cell(row, "apogee_km");
            var distanceText = table.Cell(row, "distance_km");
            if (apogeeText.Length == 0 || distanceText.Length == 0)
            {
                continue;
            }

            if (!TryNumber(apogeeText, out var apogee) || !TryNumber(distanceText, out var distance))
            {
                problems.Add(BallisticsNotes.BadNumber(i + 2, apogeeText, distanceText));
                continue;
            }

            if (apogee <= 0 || distance <= 0)
            {
                continue; // "0 / 0" marks a flight that failed at launch: nothing to classify
            }

            var a = BallisticsAnalyzer.Analyze(new BallisticsInput(apogee, distance), options);
            var type = table.Cell(row, "missile_type").Trim();
            var outcome = table.Cell(row, "outcome").Trim();
            var compared = BallisticTypes.Contains(type) && !outcome.Equals("Failure", StringComparison.OrdinalIgnoreCase);
            rows.Add(new CnsCheckRow(
                i + 2,
                table.Cell(row, "date"),
                table.Cell(row, "missile_name"),
                type,
                outcome,
                apogee,
                distance,
                a.Trajectory,
                a.ApogeeRatio,
                a.StandardRangeKm,
                a.RangeClass,
                compared));
        }

        return new CnsCheckReport(table.Rows.Count, rows, problems);
    }

    private static bool TryNumber(string s, out double v) =>
        double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out v) && double.IsFinite(v);
}
