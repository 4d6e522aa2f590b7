using System.Globalization;
using Apogee.Core;
using Apogee.Core.Model;
using Apogee.Knowledge.Data;
using Apogee.Knowledge.Text;

namespace Apogee.Knowledge.Compile;

/// <summary>
/// Compiles CNS missiles.csv into data/missiles/missiles.tsv: canonical designation, contract category,
/// range class, basing and aliases (CNS alternative names and KN designations).
/// </summary>
internal static class MissileCompiler
{
    public const string SourceFile = "missiles.csv";

    private static readonly string[] Required = ["missile_name", "missile_type", "aliases", "kn_designation", "n_tests"];

    // Name prefixes CNS uses for basing variants of one missile ("Rail-mobile KN-23").
    private static readonly (string Prefix, string Basing)[] BasingPrefixes =
    [
        ("Rail-mobile", Vocabulary.Basings.Rail),
        ("Silo-based", Vocabulary.Basings.Ground),
        ("Navalized", Vocabulary.Basings.Submarine),
    ];

    public static Result<string> Compile(string missilesCsv)
    {
        var parsed = CsvRecords.Parse(SourceFile, missilesCsv, Required);
        if (!parsed.IsSuccess)
        {
            return Result<string>.Fail(parsed.Error!);
        }

        var records = parsed.Value;
        var entries = new List<Entry>();
        for (var i = 0; i < records.Rows.Count; i++)
        {
            var row = records.Rows[i];
            var (name, designation) = Split(records.Get(row, "missile_name"));
            // "Unknown" (type varies by row) and "New IRBM (2022)" are descriptions, not designations a text uses.
            if (!IsDesignation(name))
            {
                continue;
            }

            var type = records.Get(row, "missile_type");
            if (!TypeFacts(type, out var category, out var rangeClass, out var basing))
            {
                return Result<string>.Fail(KnowledgeErrors.BadValue(SourceFile, i + 2, "missile_type", type));
            }

            basing = BasingPrefixes.FirstOrDefault(b => name.StartsWith(b.Prefix, StringComparison.OrdinalIgnoreCase)).Basing ?? basing;
            var aliases = new List<string>();
            if (designation is not null)
            {
                aliases.Add(designation);
            }

            foreach (var alias in records.Get(row, "aliases").Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                var (outer, inner) = Split(KnowledgeRegex.TrailingNote().Replace(alias, string.Empty));
                aliases.AddRange(new[] { outer, inner }.OfType<string>().Where(IsDesignation));
            }

            aliases.AddRange(records.Get(row, "kn_designation").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            _ = int.TryParse(records.Get(row, "n_tests"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var tests);
            entries.Add(new Entry(name, designation, category, rangeClass, basing, tests, aliases));
        }

        return Result<string>.Ok(Write(Merge(entries)));
    }

    /// <summary>
    /// A row named only by another row's designation ("KN-23" beside "Hwasong-11A (KN-23)") is the same
    /// missile: its aliases join that row. Then each alias belongs to one missile only: the row that carries
    /// it as its designation, else the most-tested row; and no alias may shadow another missile's name.
    /// </summary>
    private static List<Entry> Merge(List<Entry> entries)
    {
        var byDesignation = entries.Where(e => e.Designation is not null)
            .GroupBy(e => TextFolding.Key(e.Designation!)).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var kept = new List<Entry>();
        foreach (var e in entries)
        {
            if (byDesignation.TryGetValue(TextFolding.Key(e.Name), out var owner) && owner != e)
            {
                owner.Aliases.AddRange(e.Aliases);
                owner.Tests += e.Tests;
                continue;
            }

            kept.Add(e);
        }

        var names = kept.Select(e => TextFolding.Key(e.Name)).ToHashSet(StringComparer.Ordinal);
        var claims = kept.SelectMany(e => e.Aliases.Select(a => (Key: TextFolding.Key(a), Entry: e)))
            .GroupBy(c => c.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Entry).Distinct()
                .OrderByDescending(e => e.Designation is not null && TextFolding.Key(e.Designation) == g.Key)
                .ThenByDescending(e => e.Tests).ThenBy(e => e.Name, StringComparer.Ordinal).First(), StringComparer.Ordinal);
        foreach (var e in kept)
        {
            e.Aliases.RemoveAll(a => names.Contains(TextFolding.Key(a)) || claims[TextFolding.Key(a)] != e);
        }

        return kept;
    }

    private static string Write(List<Entry> entries) => TsvWriter.Write(
        "Compiled by KnowledgeCompiler from CNS missiles.csv (facts: designations, types, aliases). Do not edit; recompile (docs/KNOWLEDGE.md).",
        MissileFile.Columns,
        entries.OrderBy(e => e.Name, StringComparer.Ordinal).Select(e => (IReadOnlyList<string>)
        [
            e.Name, e.Category, e.RangeClass ?? string.Empty, e.Basing ?? string.Empty,
            TsvWriter.List(e.Aliases.Where(a => !string.Equals(a, e.Name, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)),
        ]));

    /// <summary>"Hwasong-11A (KN-23)" → ("Hwasong-11A", "KN-23"); a name without parentheses → (name, null).</summary>
    private static (string Name, string? Inner) Split(string text)
    {
        var m = KnowledgeRegex.NameWithParenthesis().Match(text.Trim());
        return m.Success ? (m.Groups["name"].Value.Trim(), m.Groups["inner"].Value.Trim()) : (text.Trim(), null);
    }

    private static bool IsDesignation(string name) =>
        name.Length > 0
        && !name.Equals("Unknown", StringComparison.OrdinalIgnoreCase)
        && !name.StartsWith("New ", StringComparison.OrdinalIgnoreCase)
        && !name.StartsWith("Unnamed", StringComparison.OrdinalIgnoreCase);

    /// <summary>CNS type → contract facts. SLBM is a basing, not a range; SLV is a space launcher; HGV a glider.</summary>
    private static bool TypeFacts(string type, out string category, out string? rangeClass, out string? basing)
    {
        (category, rangeClass, basing) = type switch
        {
            "SRBM" or "MRBM" or "IRBM" or "ICBM" => (Vocabulary.Categories.Ballistic, type, (string?)null),
            "SLBM" => (Vocabulary.Categories.Ballistic, null, Vocabulary.Basings.Submarine),
            "SLV" => (Vocabulary.Categories.SpaceLaunch, null, null),
            "HGV" => (Vocabulary.Categories.Hypersonic, null, null),
            _ => (string.Empty, null, null),
        };
        return category.Length > 0;
    }

    private sealed class Entry(string name, string? designation, string category, string? rangeClass, string? basing, int tests, List<string> aliases)
    {
        public string Name { get; } = name;
        public string? Designation { get; } = designation;
        public string Category { get; } = category;
        public string? RangeClass { get; } = rangeClass;
        public string? Basing { get; } = basing;
        public int Tests { get; set; } = tests;
        public List<string> Aliases { get; } = aliases;
    }
}
