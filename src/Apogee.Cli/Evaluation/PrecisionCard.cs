using System.Globalization;

namespace Apogee.Cli.Evaluation;

/// <summary>The tallies of one precision run and their printout in precision.py's exact layout.</summary>
public sealed class PrecisionCard
{
    public int[] Precision { get; } = new int[2];

    public int[] Sources { get; } = new int[2];

    public int Repeats { get; set; }

    public int TotalClaims { get; set; }

    public int Real { get; set; }

    public int Ghost { get; set; }

    public int Wide { get; set; }

    public List<string> Lines { get; } = [];

    public void Print(TextWriter w, bool verbose)
    {
        w.WriteLine($"claim precision   {Pct(Precision)}");
        w.WriteLine($"source precision  {Pct(Sources)}");
        w.WriteLine($"repeated claims   {Repeats}/{TotalClaims}");
        w.WriteLine($"references        real {Real}, ghost {Ghost}, undated or wider than 3 days {Wide}");
        if (!verbose) return;
        foreach (var line in Lines) w.WriteLine($"   {line}");
    }

    private static string Pct(int[] x) =>
        x[1] > 0 ? $"{x[0]}/{x[1]} ({((double)x[0] / x[1]).ToString("F2", CultureInfo.InvariantCulture)})" : "0/0";
}
