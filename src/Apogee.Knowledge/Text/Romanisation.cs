namespace Apogee.Knowledge.Text;

/// <summary>
/// Romanisation variants of Korean names that folding alone cannot unify (McCune-Reischauer vs Revised
/// Romanization, KCNA's own spellings). Applied to every knowledge key, so a variant written for one name
/// ("Phyongan") also works for names nobody listed ("North Phyongan Province").
/// </summary>
internal static class Romanisation
{
    // Pairs of folded spellings; each is tried in both directions.
    private static readonly (string A, string B)[] Pairs =
    [
        ("pyong", "phyong"),
        ("pyong", "pyeong"),
        ("hamgyong", "hamkyong"),
        ("hamgyong", "hamkyung"),
        ("hamgyong", "hamgyeong"),
        ("chagang", "jagang"),
        ("tongchang", "dongchang"),
        ("ryanggang", "yanggang"),
        ("kusong", "kuseong"),
        ("hwasong", "hwasongpho"),
        ("hwasong", "hwaseong"),
        ("pukguksong", "pukkuksong"),
        ("pukguksong", "bukgeukseong"),
        ("nodong", "rodong"),
        ("taepodong", "daepodong"),
        ("musudan", "musudang"),
        ("chollima", "cheollima"),
        ("hwanghae", "hwanghai"),
        ("sinpo", "shinpo"),
        ("sinpo", "sinpho"),
        ("yonpo", "yonpho"),
        ("sinuiju", "shinuiju"),
        ("chongjin", "cheongjin"),
        // Older and US military spellings write the vowel of "-song" as "u" ("Kusung", "Hwasung-12", "Pukguksung"), and
        // some write Wonsan "Wonson".
        ("song", "sung"),
        ("wonsan", "wonson"),
    ];

    /// <summary>The folded key of <paramref name="name"/> and every variant spelling of it (the key first).</summary>
    public static IReadOnlyList<string> Variants(string name)
    {
        var result = new List<string> { TextFolding.Key(name) };
        // Grow the set rule by rule so combinations ("North Phyongan" + "Hamkyong") appear too.
        foreach (var (a, b) in Pairs)
        {
            var count = result.Count;
            for (var i = 0; i < count; i++)
            {
                Add(result[i].Replace(a, b, StringComparison.Ordinal));
                Add(result[i].Replace(b, a, StringComparison.Ordinal));
            }
        }

        return result;

        void Add(string variant)
        {
            if (!result.Contains(variant, StringComparer.Ordinal))
            {
                result.Add(variant);
            }
        }
    }
}
