using System.Globalization;

namespace Apogee.Cli.Evaluation;

/// <summary>
/// How well stored events group reports: two documents report the same launch when the gold gives them the same actor
/// and a common real launch day (<c>date_truth</c>, which may list two days across time zones); the store puts them
/// together when their primary reports share an event. Pairwise precision, recall and F1 over every pair of gold
/// documents with a primary launch, and how many events each gold launch was spread over.
/// </summary>
public static class ResolutionScorer
{
    public sealed record GoldLaunch(string Document, string Actor, IReadOnlySet<string> Days);

    public sealed record Result(int Documents, int Launches, int Events, int TruePairs, int PredictedPairs, int GoldPairs, double EventsPerLaunch, IReadOnlyList<string> Misses)
    {
        public double Precision => PredictedPairs == 0 ? 1 : (double)TruePairs / PredictedPairs;

        public double Recall => GoldPairs == 0 ? 1 : (double)TruePairs / GoldPairs;

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public void Print(TextWriter w, bool verbose)
        {
            var ci = CultureInfo.InvariantCulture;
            w.WriteLine($"documents        {Documents} with a gold launch day and a stored primary report");
            w.WriteLine($"launches         {Launches} in the gold, {Events} events in the store for them ({EventsPerLaunch.ToString("F2", ci)} per launch)");
            w.WriteLine($"pairs            {TruePairs} together and same launch, {PredictedPairs} together, {GoldPairs} same launch");
            w.WriteLine(string.Create(ci, $"pairwise         P {Precision:F3}  R {Recall:F3}  F1 {F1:F3}"));
            if (!verbose) return;
            foreach (var m in Misses) w.WriteLine($"  {m}");
        }
    }

    /// <param name="gold">Every gold document with a primary launch and its real day(s).</param>
    /// <param name="eventOf">The event each document's primary report was stored in (documents not stored are left out).</param>
    public static Result Score(IReadOnlyList<GoldLaunch> gold, IReadOnlyDictionary<string, long> eventOf)
    {
        var docs = gold.Where(g => eventOf.ContainsKey(g.Document)).OrderBy(g => g.Document, StringComparer.Ordinal).ToList();
        int tp = 0, predicted = 0, truth = 0;
        var misses = new List<string>();
        var component = Enumerable.Range(0, docs.Count).ToArray();
        int Find(int i) => component[i] == i ? i : component[i] = Find(component[i]);
        for (var i = 0; i < docs.Count; i++)
        {
            for (var j = i + 1; j < docs.Count; j++)
            {
                var same = Same(docs[i], docs[j]);
                var together = eventOf[docs[i].Document] == eventOf[docs[j].Document];
                if (same) component[Find(i)] = Find(j);
                tp += same && together ? 1 : 0;
                predicted += together ? 1 : 0;
                truth += same ? 1 : 0;
                if (same != together)
                {
                    misses.Add(same
                        ? $"apart:    {docs[i].Document} (event {eventOf[docs[i].Document]}) and {docs[j].Document} (event {eventOf[docs[j].Document]}), both {string.Join("/", docs[i].Days.Order(StringComparer.Ordinal))}"
                        : $"together: {docs[i].Document} ({string.Join("/", docs[i].Days.Order(StringComparer.Ordinal))}) and {docs[j].Document} ({string.Join("/", docs[j].Days.Order(StringComparer.Ordinal))}) in event {eventOf[docs[i].Document]}");
                }
            }
        }

        var launches = Enumerable.Range(0, docs.Count).GroupBy(Find).ToList();
        var spread = launches.Select(l => l.Select(i => eventOf[docs[i].Document]).Distinct().Count()).ToList();
        var events = docs.Select(d => eventOf[d.Document]).Distinct().Count();
        return new Result(docs.Count, launches.Count, events, tp, predicted, truth, spread.Count == 0 ? 0 : spread.Average(), misses);
    }

    private static bool Same(GoldLaunch a, GoldLaunch b) =>
        string.Equals(a.Actor, b.Actor, StringComparison.OrdinalIgnoreCase) && a.Days.Overlaps(b.Days);
}
