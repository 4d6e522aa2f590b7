using System.Globalization;
using System.Text.Json.Nodes;

namespace Apogee.Cli.Evaluation;

/// <summary>The tallies of one scoring run and their printout in score.py's exact layout.</summary>
public sealed class ScoreCard
{
    public SortedDictionary<string, double[]> Fields { get; } = new(StringComparer.Ordinal);

    public int[] Relevance { get; } = new int[2];

    public int[] Claims { get; } = new int[2];

    public int[] Attribution { get; } = new int[2];

    public int[] References { get; } = new int[2];

    public int[] Spurious { get; } = new int[2];

    public List<string> Misses { get; } = [];

    /// <summary>Mean field accuracy: the `score:` line.</summary>
    public double Score => Fields.Values.Sum(v => v[1]) is var n and > 0 ? Fields.Values.Sum(v => v[0]) / n : 0;

    public double Overall =>
        Score * (Relevance[1] > 0 ? (double)Relevance[0] / Relevance[1] : 0) * (1 - (Spurious[1] > 0 ? (double)Spurious[0] / Spurious[1] : 0));

    internal void Add(string field, double score, string name, JsonNode? got, JsonNode? want)
    {
        var empty = want is null || (want is JsonArray a && a.All(w => w is null));
        if (empty)
        {
            Spurious[1]++;
            if (!(got is null || (got is JsonObject o && o.Count == 0) || (got is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String && v.GetValue<string>().Length == 0)))
            {
                Spurious[0]++;
                Misses.Add($"{name} {field}: got {GoldScorer.Dump(got)} but the text gives none");
            }

            return;
        }

        if (!Fields.TryGetValue(field, out var t)) Fields[field] = t = new double[2];
        t[0] += score;
        t[1] += 1;
        if (score < 1) Misses.Add($"{name} {field}: got {GoldScorer.Dump(got)} want {GoldScorer.Dump(want)}");
    }

    public void Print(TextWriter w, bool verbose)
    {
        var ci = CultureInfo.InvariantCulture;
        w.WriteLine($"{"field",-14}{"n",5}{"accuracy",10}");
        foreach (var (f, t) in Fields)
        {
            w.WriteLine(string.Create(ci, $"{f,-14}{(int)t[1],5}{(t[0] / t[1]).ToString("F2", ci),10}"));
        }

        w.WriteLine($"relevance     {Pct(Relevance)}");
        w.WriteLine($"claim recall  {Pct(Claims)}");
        w.WriteLine($"attribution   {Pct(Attribution)}");
        w.WriteLine($"references    {Pct(References)}");
        w.WriteLine($"spurious      {Pct(Spurious)}");
        if (verbose)
        {
            foreach (var m in Misses) w.WriteLine($"  miss: {m}");
        }

        w.WriteLine($"overall       {Overall.ToString("F3", ci)}  (fields x relevance x (1 - spurious))");
        w.WriteLine($"score: {Score.ToString("F3", ci)}");
    }

    private static string Pct(int[] x) =>
        $"{x[0]}/{x[1]}" + (x[1] > 0 ? $" ({((double)x[0] / x[1]).ToString("F2", CultureInfo.InvariantCulture)})" : "");
}
