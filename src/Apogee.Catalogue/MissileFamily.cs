using Apogee.Knowledge;

namespace Apogee.Catalogue;

/// <summary>
/// A missile name's family, so the news and the catalogue can be compared across spellings and variants: the name is
/// first resolved through the missile catalogue (aliases, KN designations, romanisations: "KN-23" and "Hwasong-11A
/// (KN-23)" are one type), then cut to its numbered stem ("Hwasong-11A" and "Hwasong-11D" are the Hwasong-11 family;
/// "Scud-B" and "Scud-C" are Scuds). Null for no name or "Unknown".
/// </summary>
public static class MissileFamily
{
    public static string? Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Equals("unknown", StringComparison.OrdinalIgnoreCase)) return null;
        var catalogue = MissileCatalogue.Default;
        var canonical = catalogue.Lookup(name)?.Name ?? (catalogue.FindAll(name) is { Count: > 0 } found ? found[0].Missile.Name : null) ?? name.Trim();
        var stem = CatalogueRegex.NumberedStem().Match(canonical);
        var family = stem.Success ? stem.Groups["stem"].Value : CatalogueRegex.VariantLetter().Replace(canonical, "");
        return family.ToLowerInvariant().Replace(' ', '-');
    }

    /// <summary>The families of a launch's missiles ("Hwasong-11A (KN-23) / KN-25": two), without unknowns.</summary>
    public static IReadOnlyList<string> OfAll(string? names) =>
        names is null ? [] : names.Split(" / ").Select(Of).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// One family, or one the other's member: a name written alone ("Pukguksong", "Scud") stands for every numbered
    /// or lettered member ("Pukguksong-1", "Scud-C MaRV").
    /// </summary>
    public static bool Related(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a == b || a.StartsWith(b + "-", StringComparison.Ordinal) || b.StartsWith(a + "-", StringComparison.Ordinal);
    }
}
