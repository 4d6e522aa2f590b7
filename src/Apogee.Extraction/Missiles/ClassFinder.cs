using System.Text.RegularExpressions;
using Apogee.Core.Model;
using Apogee.Extraction.Text;
using Apogee.Knowledge;

namespace Apogee.Extraction.Missiles;

/// <summary>What was launched: category, range class and basing from class words, and missile names via the catalogue.</summary>
public sealed class ClassFinder
{
    private readonly MissileCatalogue _catalogue;

    public ClassFinder(MissileCatalogue catalogue) => _catalogue = catalogue;

    public IReadOnlyList<Fact> Find(string sentence)
    {
        var facts = new List<Fact>();
        foreach (Match m in ExtractionPatterns.CategoryWord().Matches(sentence))
        {
            var category = CategoryOf(m.Value);
            if (category is not null && !Denied(sentence, m.Index) && !ExtractionPatterns.ClassProgrammeAfter().IsMatch(sentence.AsSpan(m.Index + m.Length))) facts.Add(new Fact(Vocabulary.Fields.Category, ClaimValue.Of(category), At: m.Index));
        }

        foreach (Match m in ExtractionPatterns.RangeClass().Matches(sentence))
        {
            var rc = RangeClassOf(m.Value);
            if (rc is not null && !Denied(sentence, m.Index) && !ExtractionPatterns.ClassCapabilityAfter().IsMatch(sentence.AsSpan(m.Index + m.Length))
                && !ExtractionPatterns.ClassProgrammeAfter().IsMatch(sentence.AsSpan(m.Index + m.Length))) facts.Add(new Fact(Vocabulary.Fields.RangeClass, ClaimValue.Of(rc), At: m.Index));
        }

        if (ExtractionPatterns.Submarine().IsMatch(sentence)) facts.Add(new Fact(Vocabulary.Fields.Basing, ClaimValue.Of(Vocabulary.Basings.Submarine)));
        else if (ExtractionPatterns.Rail().IsMatch(sentence)) facts.Add(new Fact(Vocabulary.Fields.Basing, ClaimValue.Of(Vocabulary.Basings.Rail)));

        foreach (var mm in _catalogue.FindAll(sentence))
        {
            facts.Add(new Fact(Vocabulary.Fields.MissileName, ClaimValue.Of(NameAsWritten(mm.Surface)), At: mm.Start));
        }

        return facts;
    }

    /// <summary>"was not an ICBM", "efforts to build an ICBM": the class word does not say what was launched.</summary>
    private static bool Denied(string sentence, int at) =>
        ExtractionPatterns.ClassWordDenied().IsMatch(sentence.AsSpan(Math.Max(0, at - 60), Math.Min(at, 60)));

    /// <summary>
    /// The name as the text writes it, without the kind or plural the matcher took along ("Scud missiles" → "Scud",
    /// "Hwasong-12s" → "Hwasong-12"): a claim names the type, not the phrase.
    /// </summary>
    private string NameAsWritten(string surface)
    {
        var name = ExtractionPatterns.KindAfterName().Replace(surface, "");
        if (name.Length > 2 && name.EndsWith('s') && _catalogue.Lookup(name) is null && _catalogue.Lookup(name[..^1]) is not null) name = name[..^1];
        return name.Length > 0 ? name : surface;
    }

    public static string? CategoryOf(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.StartsWith("cruise", StringComparison.Ordinal)) return Vocabulary.Categories.Cruise;
        if (w == "hypersonic") return Vocabulary.Categories.Hypersonic;
        if (w == "ballistic") return Vocabulary.Categories.Ballistic;
        if (w.Contains("rocket launcher", StringComparison.Ordinal) || w.Contains("rocket system", StringComparison.Ordinal) || w.Contains("artillery", StringComparison.Ordinal) || w is "mlrs" or "super-large")
        {
            return Vocabulary.Categories.RocketArtillery;
        }

        return Vocabulary.Categories.SpaceLaunch;
    }

    public static string? RangeClassOf(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.StartsWith("medium", StringComparison.Ordinal) && w.Contains("long", StringComparison.Ordinal)) return Vocabulary.RangeClasses.Irbm;
        if (w.StartsWith("short", StringComparison.Ordinal) || w.StartsWith("srbm", StringComparison.Ordinal)) return Vocabulary.RangeClasses.Srbm;
        if (w.StartsWith("medium", StringComparison.Ordinal) || w.StartsWith("mrbm", StringComparison.Ordinal)) return Vocabulary.RangeClasses.Mrbm;
        if (w.StartsWith("intermediate", StringComparison.Ordinal) || w.StartsWith("irbm", StringComparison.Ordinal)) return Vocabulary.RangeClasses.Irbm;
        if (w.StartsWith("intercontinental", StringComparison.Ordinal) || w.StartsWith("icbm", StringComparison.Ordinal)) return Vocabulary.RangeClasses.Icbm;
        return null;
    }
}
