using Apogee.Core;
using Apogee.Core.Model;
using Apogee.Knowledge.Data;
using Apogee.Knowledge.Text;

namespace Apogee.Knowledge;

/// <summary>
/// North Korean missile and launcher types (CNS designations plus hand-written additions) with their contract
/// category, range class and basing, found in text under any alias or romanisation ("Hwasongpho-19", "KN-23").
/// </summary>
public sealed class MissileCatalogue
{
    private static readonly Lazy<MissileCatalogue> Lazy = new(
        () => EmbeddedKnowledge.Build("missile", LoadEmbedded), LazyThreadSafetyMode.ExecutionAndPublication);

    // Stands for a phrase that contains a missile name but names something else ("Rodong Sinmun").
    private static readonly MissileType NotAMissile = new(string.Empty, [], Vocabulary.Categories.Unknown, null, null);

    private readonly PhraseMatcher<MissileType> _matcher;

    private MissileCatalogue(IReadOnlyList<MissileType> missiles, IReadOnlyList<string> notMissiles)
    {
        Missiles = missiles;
        var blocked = notMissiles.SelectMany(Romanisation.Variants).Select(p => new KeyValuePair<string, MissileType>(p, NotAMissile));
        _matcher = new PhraseMatcher<MissileType>(Phrases(missiles).Concat(blocked), plurals: true);
    }

    /// <summary>The catalogue compiled into this assembly, loaded once.</summary>
    public static MissileCatalogue Default => Lazy.Value;

    public IReadOnlyList<MissileType> Missiles { get; }

    /// <summary>Every missile mention: text order, non-overlapping, longest match wins, folded and word-bounded.</summary>
    public IReadOnlyList<MissileMention> FindAll(string text) =>
        _matcher.FindAll(text).Where(m => !ReferenceEquals(m.Value, NotAMissile))
            .Select(m => new MissileMention(m.Value, m.Start, m.Length, text.Substring(m.Start, m.Length))).ToList();

    /// <summary>The missile with this canonical name or alias (folded), or null.</summary>
    public MissileType? Lookup(string name) =>
        _matcher.TryGet(name, out var missile) && !ReferenceEquals(missile, NotAMissile) ? missile : null;

    /// <summary>
    /// Builds a catalogue from compiled missiles.tsv, hand-written extra.tsv and not-missiles.tsv (phrases to
    /// ignore); a bad row fails with file and line.
    /// </summary>
    public static Result<MissileCatalogue> Load(string missilesTsv, string extraTsv, string notMissilesTsv)
    {
        var compiled = MissileFile.Parse(EmbeddedKnowledge.Missiles, missilesTsv);
        var extra = MissileFile.Parse(EmbeddedKnowledge.MissileExtras, extraTsv);
        var blocked = TsvTable.Parse(EmbeddedKnowledge.NotMissiles, notMissilesTsv, ["Phrase"]);
        if ((compiled.Error ?? extra.Error ?? blocked.Error) is { } error)
        {
            return Result<MissileCatalogue>.Fail(error);
        }

        var all = compiled.Value.ToList();
        foreach (var add in extra.Value)
        {
            var at = all.FindIndex(m => TextFolding.Key(m.Name) == TextFolding.Key(add.Name));
            if (at < 0)
            {
                all.Add(add);
                continue;
            }

            // The hand-written row corrects or completes the compiled one; empty fields keep the CNS value.
            var old = all[at];
            all[at] = old with
            {
                Category = add.Category == Vocabulary.Categories.Unknown ? old.Category : add.Category,
                RangeClass = add.RangeClass ?? old.RangeClass,
                Basing = add.Basing ?? old.Basing,
                Aliases = old.Aliases.Concat(add.Aliases).Distinct(StringComparer.Ordinal).ToArray(),
            };
        }

        var phrases = blocked.Value.Rows.Select(r => blocked.Value.Get(r, "Phrase")).Where(p => p.Length > 0).ToArray();
        return Result<MissileCatalogue>.Ok(new MissileCatalogue(all, phrases));
    }

    private static Result<MissileCatalogue> LoadEmbedded()
    {
        var compiled = EmbeddedKnowledge.Read(EmbeddedKnowledge.Missiles);
        var extra = EmbeddedKnowledge.Read(EmbeddedKnowledge.MissileExtras);
        var blocked = EmbeddedKnowledge.Read(EmbeddedKnowledge.NotMissiles);
        return (compiled.Error ?? extra.Error ?? blocked.Error) is { } error
            ? Result<MissileCatalogue>.Fail(error)
            : Load(compiled.Value, extra.Value, blocked.Value);
    }

    /// <summary>Canonical names first, then written aliases, then generated romanisations: the first claim of a key wins.</summary>
    private static IEnumerable<KeyValuePair<string, MissileType>> Phrases(IReadOnlyList<MissileType> missiles)
    {
        foreach (var m in missiles)
        {
            yield return new(m.Name, m);
        }

        foreach (var m in missiles)
        {
            foreach (var alias in m.Aliases)
            {
                yield return new(alias, m);
            }
        }

        foreach (var m in missiles)
        {
            foreach (var name in m.Aliases.Prepend(m.Name))
            {
                foreach (var variant in Romanisation.Variants(name).Skip(1))
                {
                    yield return new(variant, m);
                }
            }
        }
    }
}
