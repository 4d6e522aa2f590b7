using System.Text.RegularExpressions;
using Apogee.Core.Model;
using Apogee.Extraction.Relevance;
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
        foreach (Match m in Prefiltered.CategoryWord.Matches(sentence))
        {
            var category = CategoryOf(m.Value);
            if (category is not null && Says(sentence, m) && !SatelliteWatches(sentence, m)) facts.Add(new Fact(Vocabulary.Fields.Category, ClaimValue.Of(category), At: m.Index));
        }

        var ballisticAcronym = -1;
        foreach (Match m in ExtractionPatterns.RangeClass().Matches(sentence))
        {
            var rc = RangeClassOf(m.Value);
            if (rc is not null && Says(sentence, m) && !ExtractionPatterns.ClassCapabilityAfter().IsMatch(sentence.AsSpan(m.Index + m.Length))
                && !ExtractionPatterns.ClassCouldAfter().IsMatch(sentence.AsSpan(m.Index + m.Length)))
            {
                facts.Add(new Fact(Vocabulary.Fields.RangeClass, ClaimValue.Of(rc), At: m.Index));
                if (ballisticAcronym < 0 && ExtractionPatterns.BallisticAcronym().IsMatch(m.Value)) ballisticAcronym = m.Index;
            }
        }

        // "ICBM", "SRBM" spell out "ballistic missile": a sentence that names no other category says ballistic ("the DPRK's
        // ICBM test", "fired two SRBMs"); "short-range" alone does not (rockets and cruise missiles are short-range too).
        if (ballisticAcronym >= 0 && !facts.Any(f => f.Field == Vocabulary.Fields.Category)) facts.Add(new Fact(Vocabulary.Fields.Category, ClaimValue.Of(Vocabulary.Categories.Ballistic), At: ballisticAcronym));

        if (ExtractionPatterns.Submarine().Matches(sentence).Any(m => Describes(sentence, m))) facts.Add(new Fact(Vocabulary.Fields.Basing, ClaimValue.Of(Vocabulary.Basings.Submarine)));
        else if (ExtractionPatterns.Rail().Matches(sentence).Any(m => Describes(sentence, m))) facts.Add(new Fact(Vocabulary.Fields.Basing, ClaimValue.Of(Vocabulary.Basings.Rail)));
        else if (ExtractionPatterns.ShipBasing().Matches(sentence).Any(m => Describes(sentence, m))) facts.Add(new Fact(Vocabulary.Fields.Basing, ClaimValue.Of(Vocabulary.Basings.Ship)));
        else if (ExtractionPatterns.GroundBasing().Matches(sentence).Any(m => Describes(sentence, m))) facts.Add(new Fact(Vocabulary.Fields.Basing, ClaimValue.Of(Vocabulary.Basings.Ground)));

        foreach (var mm in _catalogue.FindAll(sentence))
        {
            // The name as written, without the generic word or plural after it: "Scud missiles" and "Hwasong-12s" name a Scud and a Hwasong-12.
            var name = ExtractionPatterns.NameTail().Replace(mm.Surface, "");
            if (name.EndsWith('s') && mm.Missile.Aliases.Prepend(mm.Missile.Name).Any(n => n.Equals(name[..^1], StringComparison.OrdinalIgnoreCase))) name = name[..^1];
            facts.Add(new Fact(Vocabulary.Fields.MissileName, ClaimValue.Of(name.Length > 0 ? name : mm.Surface), At: mm.Start));
        }

        return facts;
    }

    /// <summary>
    /// Does the class word say what was launched: it describes a launched thing, is not denied, and names no exercise or
    /// programme ("a ballistic missile drill", "its ICBM program")?
    /// </summary>
    private static bool Says(string sentence, Match m) =>
        Describes(sentence, m) && !Denied(sentence, m.Index) && !ExtractionPatterns.ClassProgrammeAfter().IsMatch(sentence.AsSpan(m.Index + m.Length))
        && !AfterEarlierLaunch(sentence, m.Index);

    /// <summary>
    /// "fired a ballistic missile, its first since it tested an ICBM in November", "a week after its last ICBM test": a
    /// class word after a clause that turns to an earlier launch is that launch's.
    /// </summary>
    private static bool AfterEarlierLaunch(string sentence, int at) =>
        (ExtractionPatterns.EarlierLaunchInSentence().Match(sentence) is { Success: true } earlier && earlier.Index < at)
        || (ExtractionPatterns.EarlierLaunchOnOtherDay().Match(sentence) is { Success: true } otherDay && otherDay.Groups["turn"].Index < at)
        || OffsetToEarlierLaunch(sentence) is var offset && offset >= 0 && offset < at;

    /// <summary>
    /// "fired a ballistic missile toward the East Sea on Thursday, days after firing an intermediate-range missile": where
    /// the time offset back to an earlier launch starts, when the sentence's own launch verb comes before it; else -1 (a
    /// reaction "a day after North Korea launched an ICBM" tells of the story's launch after the offset). "flew" (and the
    /// other flight verbs) is no launch verb of the sentence's own here: aircraft fly too ("bombers flew over the peninsula a day after ...").
    /// </summary>
    private static int OffsetToEarlierLaunch(string sentence)
    {
        var offset = ExtractionPatterns.TimeOffsetToLaunch().Match(sentence);
        if (!offset.Success) return -1;
        foreach (var verb in LaunchVerbs.All(sentence))
        {
            if (verb.Index >= offset.Index) break;
            if (!AircraftFlyToo(verb.Value)) return offset.Index;
        }

        return -1;
    }

    /// <summary>Flight verbs aircraft share with missiles ("bombers flew / passed over the peninsula").</summary>
    private static bool AircraftFlyToo(string verb) =>
        verb.Equals("flew", StringComparison.OrdinalIgnoreCase) || verb.Equals("flies", StringComparison.OrdinalIgnoreCase)
        || verb.Equals("overflew", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("pass", StringComparison.OrdinalIgnoreCase)
        || verb.EndsWith("flying over", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "tracked by early-warning satellites", "satellite imagery showed": satellites that watch or picture the launch are
    /// no satellite launched.
    /// </summary>
    private static bool SatelliteWatches(string sentence, Match m) =>
        m.Value.StartsWith("satellite", StringComparison.OrdinalIgnoreCase)
        && (ExtractionPatterns.SatelliteServiceAfter().IsMatch(sentence.AsSpan(m.Index + m.Length))
            || ExtractionPatterns.SatelliteWatchesBefore().IsMatch(sentence.AsSpan(Math.Max(0, m.Index - 60), Math.Min(m.Index, 60))));

    /// <summary>"was not an ICBM", "efforts to build an ICBM", "unclear whether it was an ICBM": the class word does not say what was launched.</summary>
    private static bool Denied(string sentence, int at) =>
        ExtractionPatterns.ClassWordDenied().IsMatch(sentence.AsSpan(Math.Max(0, at - 60), Math.Min(at, 60)))
        || ExtractionPatterns.ClassWordQuestioned().IsMatch(sentence.AsSpan(Math.Max(0, at - 60), Math.Min(at, 60)));

    /// <summary>
    /// Does the class word describe something launched, rather than what is denied, aimed at or defended against ("not
    /// an ICBM", "its quest to build an ICBM", "ballistic missile programs", "the SLBM it is developing", "ICBMs are built
    /// in stages")?
    /// </summary>
    private static bool Describes(string sentence, Match word)
    {
        var from = Math.Max(0, word.Index - 80);
        if (ExtractionPatterns.ClassCueBefore().IsMatch(sentence.AsSpan(from, word.Index - from))) return false;
        if (ExtractionPatterns.PluralClassAcronym().IsMatch(word.Value) && !ExtractionPatterns.ParticularBefore().IsMatch(sentence.AsSpan(from, word.Index - from))) return false;
        return !ExtractionPatterns.ClassCueAfter().IsMatch(sentence.AsSpan(word.Index + word.Length));
    }

    public static string? CategoryOf(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.StartsWith("cruise", StringComparison.Ordinal)) return Vocabulary.Categories.Cruise;
        if (w == "hypersonic" || ExtractionPatterns.GlideWord().IsMatch(w)) return Vocabulary.Categories.Hypersonic;
        if (w == "ballistic") return Vocabulary.Categories.Ballistic;
        if (w.Contains("rocket launcher", StringComparison.Ordinal) || w.Contains("rocket system", StringComparison.Ordinal) || w.Contains("artillery", StringComparison.Ordinal) || w.Contains("rocket-launcher", StringComparison.Ordinal) || w is "mlrs" or "mrl" or "mrls" or "super-large" or "super large")
        {
            return Vocabulary.Categories.RocketArtillery;
        }

        return Vocabulary.Categories.SpaceLaunch;
    }

    public static string? RangeClassOf(string word)
    {
        var w = word.ToLowerInvariant();
        // "medium- and long-range", "mid-to-long-range", KCNA's "intermediate- and long-range": the class between the two, IRBM.
        if ((w.StartsWith("medium", StringComparison.Ordinal) || w.StartsWith("mid", StringComparison.Ordinal) || w.StartsWith("intermediate", StringComparison.Ordinal)) && w.Contains("long", StringComparison.Ordinal)) return Vocabulary.RangeClasses.Irbm;
        if (w.StartsWith("short", StringComparison.Ordinal) || w.StartsWith("close", StringComparison.Ordinal) || w.StartsWith("srbm", StringComparison.Ordinal)) return Vocabulary.RangeClasses.Srbm;
        if (w.StartsWith("medium", StringComparison.Ordinal) || w.StartsWith("mid", StringComparison.Ordinal) || w.StartsWith("mrbm", StringComparison.Ordinal)) return Vocabulary.RangeClasses.Mrbm;
        if (w.StartsWith("intermediate", StringComparison.Ordinal) || w.StartsWith("irbm", StringComparison.Ordinal)) return Vocabulary.RangeClasses.Irbm;
        if (w.StartsWith("intercontinental", StringComparison.Ordinal) || w.StartsWith("icbm", StringComparison.Ordinal)) return Vocabulary.RangeClasses.Icbm;
        return null;
    }
}
