using System.Globalization;
using System.Text;

namespace Apogee.Ballistics;

/// <summary>Outcome of checking the model against the CNS reference launches.</summary>
public sealed record CnsCheckReport(int RowsRead, IReadOnlyList<CnsCheckRow> Rows, IReadOnlyList<string> Problems)
{
    public IReadOnlyList<CnsCheckRow> Lofted => Rows.Where(r => r.Trajectory == TrajectoryClass.Lofted).ToList();

    public int Compared => Rows.Count(r => r.Compared);

    public int Agreed => Rows.Count(r => r.Agrees);

    public int LoftedCompared => Lofted.Count(r => r.Compared);

    public int LoftedAgreed => Lofted.Count(r => r.Agrees);

    public int Count(TrajectoryClass c) => Rows.Count(r => r.Trajectory == c);

    /// <summary>The plain-text report the CLI prints and docs/BALLISTICS.md quotes.</summary>
    public string ToText()
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"rows read: {RowsRead}; with apogee and distance: {Rows.Count}");
        sb.AppendLine(inv, $"trajectory classes: lofted {Count(TrajectoryClass.Lofted)}, minimum_energy {Count(TrajectoryClass.MinimumEnergy)}, depressed {Count(TrajectoryClass.Depressed)}");
        sb.AppendLine(inv, $"lofted rows ({Lofted.Count}):");
        sb.AppendLine("  date        missile                        type    outcome   apogee  distance  ratio  std_range  model");
        foreach (var r in Lofted)
        {
            sb.AppendLine(inv, $"  {r.Date,-10}  {Trim(r.Missile, 30),-30} {r.MissileType,-7} {r.Outcome,-8} {r.ApogeeKm,7:0} {r.DistanceKm,9:0} {r.ApogeeRatio,6:0.0} {r.StandardRangeKm,10:0} {r.ModelClass,-5}{(r.Compared ? (r.Agrees ? " agrees" : " differs") : string.Empty)}");
        }

        sb.AppendLine(inv, $"range class agreement (ballistic types SRBM/MRBM/IRBM/ICBM, failed flights excluded): {Agreed}/{Compared} ({Percent(Agreed, Compared)})");
        sb.AppendLine(inv, $"  of which lofted rows: {LoftedAgreed}/{LoftedCompared} ({Percent(LoftedAgreed, LoftedCompared)})");
        foreach (var p in Problems)
        {
            sb.AppendLine(inv, $"problem: {p}");
        }

        return sb.ToString();
    }

    private static string Trim(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "~";

    private static string Percent(int a, int b) => b == 0 ? "n/a" : (100.0 * a / b).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
