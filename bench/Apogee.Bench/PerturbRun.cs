using System.Globalization;
using Apogee.Core.Model;
using Apogee.Extraction;
using Apogee.Ingest;
using Apogee.Ingest.Cleaning;
using Apogee.Core.Pipeline;

namespace Apogee.Bench;

/// <summary>
/// The robustness harness of issue #11 (bench verb <c>perturb</c>): each real document is extracted as it is and then
/// under each <see cref="TextVariants"/> rewriting; per variant it prints how often date, weekday, relevance, actor,
/// category and count stay what the original extraction said, the gold's score (where a gold file is found) of the
/// original against the variant, and the documents that changed; <c>--dump DIR</c> writes each variant's text there. Needs no new gold: the original is the reference.
/// </summary>
internal static class PerturbRun
{
    private static readonly string[] Fields = ["relevant", "date", "weekday", "actor", "category", "count"];

    public static int Run(IReadOnlyList<string> corpora, string? only, int list, string? dump, TextWriter output)
    {
        foreach (var c in corpora)
        {
            // The held-out set is never read (RULES.md): refused by name, whatever the path.
            if (Path.GetFullPath(c).Replace('\\', '/').Contains("/split/hold", StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"perturb: {c}: the held-out set is never read");
                return 2;
            }
        }

        var variants = TextVariants.All.Where(v => only is null || v.Name.StartsWith(only, StringComparison.Ordinal)).ToList();
        if (variants.Count == 0)
        {
            Console.Error.WriteLine($"perturb: no variant named '{only}'; variants: {string.Join(", ", TextVariants.All.Select(v => v.Name))}");
            return 2;
        }

        var cleaner = new ArticleCleaner();
        var extractor = LaunchExtractor.CreateDefault();
        var tallies = variants.ToDictionary(v => v.Name, _ => new Tally());
        var docs = 0;
        foreach (var corpus in corpora)
        {
            var label = Label(corpus);
            var gold = GoldFolder(corpus);
            foreach (var read in new DocumentReader().Read([corpus], ReadOptions.Default))
            {
                if (!read.IsSuccess || cleaner.Clean(read.Value) is not { IsSuccess: true } clean) continue;
                var doc = clean.Value;
                docs++;
                var g = gold is null ? null : GoldPrimary.Read(Path.Combine(gold, doc.Name + ".json"));
                var original = extractor.Extract(doc);
                foreach (var v in variants)
                {
                    if (v.Make(doc, original) is not { } changed) continue;
                    var report = extractor.Extract(changed);

                    // For reading a variant by hand (a scratch folder, never the repository).
                    if (dump is not null)
                    {
                        Directory.CreateDirectory(dump);
                        File.WriteAllText(Path.Combine(dump, $"{label}-{doc.Name}.{v.Name}.txt"), FormattableString.Invariant($"published: {changed.Metadata.Published}\n\n{changed.Text}"));
                    }

                    tallies[v.Name].Add(label + "/" + doc.Name, Values(original), Values(report), g is null ? null : Scores(g, original, true), g is null ? null : Scores(g, report, !v.MovesPublished));
                }
            }
        }

        output.WriteLine(FormattableString.Invariant($"perturb: {docs} documents from {string.Join(", ", corpora.Select(Label))}; per variant: documents it applies to, then per field how many kept the original extraction's value, then the gold's score original → variant"));
        foreach (var v in variants)
        {
            var t = tallies[v.Name];
            output.WriteLine();
            output.WriteLine(FormattableString.Invariant($"{v.Name} ({v.Describes}): {t.Documents} documents, {t.Changed.Count} changed"));
            output.WriteLine("  kept: " + string.Join("  ", Fields.Select(f => FormattableString.Invariant($"{f} {t.Same[f]}/{t.Compared[f]}"))));
            output.WriteLine("  gold: " + string.Join("  ", Fields.Where(f => t.GoldCount[f] > 0).Select(f => FormattableString.Invariant($"{f} {t.GoldOriginal[f] / t.GoldCount[f]:F2} → {t.GoldVariant[f] / t.GoldCount[f]:F2}"))));
            foreach (var line in t.Changed.Take(list)) output.WriteLine("    " + line);
            if (t.Changed.Count > list) output.WriteLine(FormattableString.Invariant($"    ... {t.Changed.Count - list} more"));
        }

        return 0;
    }

    /// <summary>"seeds", "dev", or the split's name for /work/split/tune/corpus.</summary>
    private static string Label(string corpus)
    {
        var full = Path.GetFullPath(corpus).TrimEnd('/');
        var name = Path.GetFileName(full);
        return name == "corpus" ? Path.GetFileName(Path.GetDirectoryName(full)) ?? name : name;
    }

    /// <summary>The gold beside a corpus: SPLIT/corpus → SPLIT/gold, ROOT/corpus/SET → ROOT/gold/SET.</summary>
    private static string? GoldFolder(string corpus)
    {
        var full = Path.GetFullPath(corpus).TrimEnd('/');
        var parent = Path.GetDirectoryName(full) ?? "";
        var gold = Path.GetFileName(full) == "corpus" ? Path.Combine(parent, "gold") : Path.Combine(Path.GetDirectoryName(parent) ?? "", "gold", Path.GetFileName(full));
        return Directory.Exists(gold) ? gold : null;
    }

    private static Dictionary<string, string> Values(LaunchReport r)
    {
        var p = r.Primary;
        var v = new Dictionary<string, string> { ["relevant"] = r.Relevant ? "relevant" : "not relevant" };
        if (!r.Relevant || p is null) return v;
        v["date"] = FormattableString.Invariant($"{Day(p.Date.Earliest)}..{Day(p.Date.Latest)}");
        v["weekday"] = p.Weekday ?? "-";
        v["actor"] = p.Actor;
        v["category"] = p.Category;
        v["count"] = p.Count?.ToString() ?? "-";
        return v;
    }

    private static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "open";

    private static Dictionary<string, double> Scores(GoldPrimary g, LaunchReport r, bool ownBounds)
    {
        var s = new Dictionary<string, double> { ["relevant"] = r.Relevant == g.Relevant ? 1 : 0 };
        if (!g.Relevant) return s;
        var p = r.Relevant ? r.Primary : null;
        s["date"] = g.DateScore(p?.Date.Earliest, p?.Date.Latest, ownBounds);
        if (g.Weekday is not null) s["weekday"] = p?.Weekday == g.Weekday ? 1 : 0;
        if (g.Actor is not null) s["actor"] = string.Equals(p?.Actor, g.Actor, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        if (g.Categories is not null) s["category"] = p is not null && g.CategoryOk(p.Category) ? 1 : 0;
        if (g.Counts is not null) s["count"] = p is not null && g.CountOk(p.Count?.Min, p.Count?.Max) ? 1 : 0;
        return s;
    }

    /// <summary>What one variant did over all documents.</summary>
    private sealed class Tally
    {
        public int Documents { get; private set; }

        public Dictionary<string, int> Same { get; } = Fields.ToDictionary(f => f, _ => 0);

        public Dictionary<string, int> Compared { get; } = Fields.ToDictionary(f => f, _ => 0);

        public Dictionary<string, double> GoldOriginal { get; } = Fields.ToDictionary(f => f, _ => 0.0);

        public Dictionary<string, double> GoldVariant { get; } = Fields.ToDictionary(f => f, _ => 0.0);

        public Dictionary<string, int> GoldCount { get; } = Fields.ToDictionary(f => f, _ => 0);

        public List<string> Changed { get; } = [];

        public void Add(string doc, Dictionary<string, string> before, Dictionary<string, string> after, Dictionary<string, double>? goldBefore, Dictionary<string, double>? goldAfter)
        {
            Documents++;
            var diffs = new List<string>();
            foreach (var f in Fields)
            {
                if (!before.TryGetValue(f, out var b)) continue;
                Compared[f]++;
                var a = after.GetValueOrDefault(f, "-");
                if (a == b) Same[f]++;
                else diffs.Add($"{f} {b} → {a}");
            }

            if (goldBefore is not null && goldAfter is not null)
            {
                foreach (var f in Fields)
                {
                    if (!goldBefore.TryGetValue(f, out var gb) || double.IsNaN(gb)) continue;
                    GoldCount[f]++;
                    GoldOriginal[f] += gb;
                    GoldVariant[f] += goldAfter.TryGetValue(f, out var ga) && !double.IsNaN(ga) ? ga : 0;
                }
            }

            if (diffs.Count > 0) Changed.Add(doc + ": " + string.Join("; ", diffs));
        }
    }
}
