using Apogee.Core.Model;

namespace Apogee.Extraction;

/// <summary>
/// One claim per (field, value, source) in a document. A report repeats its facts (the lead, the body, a closing
/// recap): each repeat is the same source saying the same thing again, not another witness, so it becomes evidence of
/// the first claim (every supporting sentence kept, in text order) instead of a claim of its own. Claims that differ
/// in value or source stay side by side. Runs after the event's figures are chosen, which weigh sentences, not claims.
/// </summary>
internal static class ClaimMerger
{
    public static List<Claim> Merge(IReadOnlyList<Claim> claims)
    {
        var merged = new List<Claim>(claims.Count);
        var at = new Dictionary<(string Field, ClaimValue Value, string Source), int>();
        var quotes = new Dictionary<int, List<ClaimQuote>>();
        // The sentence starts each merged claim already quotes: a set, since a long report can repeat one fact thousands
        // of times and a scan of the list per repeat was quadratic.
        var quoted = new Dictionary<int, HashSet<int>>();
        foreach (var c in claims)
        {
            var key = (c.Field, c.Value, c.Source);
            if (!at.TryGetValue(key, out var i))
            {
                at[key] = merged.Count;
                merged.Add(c);
                continue;
            }

            var first = merged[i];
            if (!quotes.TryGetValue(i, out var list))
            {
                quotes[i] = list = [.. first.Quotes()];
                quoted[i] = [.. list.Select(x => x.Start)];
            }

            var starts = quoted[i];
            foreach (var q in c.Quotes())
            {
                if (starts.Add(q.Start)) list.Add(q);
            }

            // The first sentence stays the claim's quote; a speaker named only in a later one is still worth keeping.
            if (first.Speaker is null && c.Speaker is not null) merged[i] = first with { Speaker = c.Speaker };
        }

        foreach (var (i, list) in quotes)
        {
            if (list.Count > 1) merged[i] = merged[i] with { Evidence = [.. list.OrderBy(q => q.Start)] };
        }

        return merged;
    }
}
