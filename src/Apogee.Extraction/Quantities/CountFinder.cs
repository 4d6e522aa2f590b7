using System.Text.RegularExpressions;
using Apogee.Core.Model;
using Apogee.Extraction.Text;

namespace Apogee.Extraction.Quantities;

/// <summary>How many were launched: "a missile" = 1, "two" = 2, "multiple"/"several"/"a barrage" = 2 or more, "at least one" = 1 or more.</summary>
public static class CountFinder
{
    /// <summary>
    /// What every count's head noun contains (<see cref="ExtractionPatterns.Count"/>'s <c>k</c> group; a noun added
    /// there must be added here, or its counts are never read): a sentence with none of them has no count, and one
    /// vectorised search says so before the pattern tries every "a" and "an" in it.
    /// </summary>
    private static readonly System.Buffers.SearchValues<string> HeadNouns = System.Buffers.SearchValues.Create(
        ["missile", "projectile", "rocket", "icbm", "slbm", "srbm", "irbm", "mrbm", "glider", "guided weapon", "round", "shell"], StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<Fact> Find(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var facts = new List<Fact>();
        if (!sentence.AsSpan().ContainsAny(HeadNouns)) return facts;
        foreach (Match m in ExtractionPatterns.Count().Matches(sentence))
        {
            var kind = m.Groups["k"].Value.ToLowerInvariant();
            if (kind.StartsWith("shell", StringComparison.Ordinal)) continue;

            // "six rounds from super-large multiple rocket launchers": rounds count only where rockets are fired, not guns.
            if (kind.StartsWith("round", StringComparison.Ordinal) && !sentence.Contains("rocket", StringComparison.OrdinalIgnoreCase)) continue;

            // "its threat to fire four missiles", "plans to launch two": a number of launches not made.
            if (ExtractionPatterns.PlannedBeforeCount().IsMatch(sentence.AsSpan(Math.Max(0, m.Index - 40), Math.Min(m.Index, 40)))) continue;
            var n = m.Groups["n"].Value.ToLowerInvariant();
            var plural = kind.EndsWith('s');
            var range = Parse(n, plural);
            if (range is null) continue;
            if (!plural && range.Min > 1) continue;

            // "has not carried out its threat to fire four missiles": a count under a plan or threat in its own clause was not launched.
            if (HedgedInClause(sentence, m.Index)) continue;

            // "three missiles, including one believed to be an ICBM", "two missiles, one of which appeared to be an SLBM":
            // one of those already counted is described, not a count of its own.
            if (range.Min == 1 && range.Max == 1 && facts.Count > 0
                && ExtractionPatterns.SubsetBeforeCount().IsMatch(sentence.AsSpan(Math.Max(0, m.Index - 40), Math.Min(m.Index, 40))))
            {
                continue;
            }

            facts.Add(new Fact(Vocabulary.Fields.Count, ClaimValue.Of(range), QualifierOf(n), m.Index));
        }

        // "fired one missile at 6:10 a.m. and another an hour later": the first exact count and one more.
        if (ExtractionPatterns.AnotherOne().Match(sentence) is { Success: true } more
            && facts.FirstOrDefault(f => f.At < more.Index && f.Value.Count is { Max: not null } c && c.Min == c.Max) is { } first
            && !(first.Value.Count!.Min > 1 && ExtractionPatterns.EnumeratedOne().IsMatch(sentence.AsSpan(first.At + 1, more.Index - first.At - 1))))
        {
            // ("two missiles, one at 7:27 a.m. and another at 7:43 a.m." enumerates the two: no third.)
            var n = first.Value.Count!.Min + 1;
            facts.Remove(first);
            facts.Insert(0, new Fact(Vocabulary.Fields.Count, ClaimValue.Of(CountRange.Exactly(n)), At: first.At));
        }

        // "fired one missile at 6:45 a.m. and two more at 7:30 a.m.": the first exact count and those more.
        if (ExtractionPatterns.SomeMore().Match(sentence) is { Success: true } some
            && NumberWords.Parse(some.Groups["m"].Value) is { } extraCount
            && facts.FirstOrDefault(f => f.At < some.Index && f.Value.Count is { Max: not null } c && c.Min == c.Max) is { } earlier)
        {
            var n = earlier.Value.Count!.Min + (int)extraCount;
            facts.RemoveAll(f => f == earlier || f.At >= some.Index);
            facts.Insert(0, new Fact(Vocabulary.Fields.Count, ClaimValue.Of(CountRange.Exactly(n)), At: earlier.At));
        }

        return facts;
    }

    /// <summary>
    /// No count written: the primary sentence's launched thing decides ("fired missiles" two or more, "launches a
    /// rocket" one; a multiple rocket launcher's volley two or more); only when it names none ("It was fired ...", "the
    /// launch") do the other launch sentences, leaving out launches made in answer to it (allies' live-fire drills).
    /// </summary>
    public static CountRange Implied(string primary, IEnumerable<string> launchSentences)
    {
        ArgumentNullException.ThrowIfNull(primary);
        ArgumentNullException.ThrowIfNull(launchSentences);
        if (NamesWhatItLaunched(primary) || ExtractionPatterns.PronounLaunch().IsMatch(primary))
        {
            return SaysPlural(primary) ? CountRange.AtLeast(2) : CountRange.Exactly(1);
        }

        var others = launchSentences.Where(s => !ExtractionPatterns.ResponseLaunch().IsMatch(s)).ToList();
        if (SaysPlural(primary) || others.Any(SaysPlural)) return CountRange.AtLeast(2);

        // "Kim guides rocket firing drill": a drill fires a number of rounds; only a launched thing of its own ("a
        // launching drill of the ICBM") says one.
        var drill = ExtractionPatterns.FiringDrill().IsMatch(primary) || others.Any(s => ExtractionPatterns.FiringDrill().IsMatch(s));
        return drill && !others.Any(NamesWhatItLaunched) ? CountRange.AtLeast(2) : CountRange.Exactly(1);
    }

    /// <summary>
    /// The sentence names what was launched, in the number launched: not a noun whose number an ordinal decides
    /// ("launches second projectile in less than a week" counts launches, not what this one fired).
    /// </summary>
    private static bool NamesWhatItLaunched(string s)
    {
        for (var thing = ExtractionPatterns.LaunchedThing().Match(s); thing.Success; thing = thing.NextMatch())
        {
            if (!ExtractionPatterns.OrdinalBeforeThing().IsMatch(s.AsSpan(Math.Max(0, thing.Index - 40), Math.Min(thing.Index, 40)))) return true;
        }

        return false;
    }

    private static bool SaysPlural(string s) =>
        ExtractionPatterns.PluralProjectile().IsMatch(s) || ExtractionPatterns.RocketVolley().IsMatch(s) || ExtractionPatterns.PluralPronounLaunch().IsMatch(s);

    private static bool HedgedInClause(string sentence, int at)
    {
        var from = Math.Max(0, at - 50);
        var before = sentence[from..at];
        var brk = ExtractionPatterns.ClauseBreak().Matches(before).LastOrDefault();
        if (brk is not null) before = before[(brk.Index + brk.Length)..];
        return ExtractionPatterns.HedgeBeforeCount().IsMatch(before);
    }

    /// <summary>"at least six" and "more than 20" keep their hedge on the claim, as figures do; a bare number is exact.</summary>
    private static string QualifierOf(string n) =>
        n.StartsWith("at least ", StringComparison.Ordinal) || n.StartsWith("no fewer than ", StringComparison.Ordinal) || n.StartsWith("no less than ", StringComparison.Ordinal) ? Vocabulary.Qualifiers.AtLeast
        : n.StartsWith("more than ", StringComparison.Ordinal) ? Vocabulary.Qualifiers.MoreThan
        : Vocabulary.Qualifiers.Exact;

    private static CountRange? Parse(string n, bool plural)
    {
        n = ExtractionPatterns.Space().Replace(n, " ");
        if (n.StartsWith("at least ", StringComparison.Ordinal)) return NumberWords.Parse(n[9..]) is { } a ? CountRange.AtLeast((int)a) : null;
        if (n.StartsWith("no fewer than ", StringComparison.Ordinal) || n.StartsWith("no less than ", StringComparison.Ordinal)) return NumberWords.Parse(n[13..].TrimStart()) is { } f ? CountRange.AtLeast((int)f) : null;
        if (n.StartsWith("more than ", StringComparison.Ordinal)) return NumberWords.Parse(n[10..]) is { } b ? CountRange.AtLeast((int)b + 1) : null;
        switch (n)
        {
            case "one or more": return CountRange.AtLeast(1);
            case "two or more": return CountRange.AtLeast(2);
            case "multiple" or "several" or "a barrage of" or "a volley of" or "a salvo of" or "a flurry of" or "a number of" or "some" or "dozens of" or "a series of" or "a spate of":
                return plural ? CountRange.AtLeast(2) : null;
            case "a couple of" or "a pair of": return CountRange.Exactly(2);
            case "a dozen": return plural ? CountRange.Exactly(12) : null;
            case "both": return plural ? CountRange.Exactly(2) : null;
            case "a" or "an" or "one" or "a single" or "another":
                return plural ? null : CountRange.Exactly(1);
        }

        return NumberWords.Parse(n) is { } v && v is >= 1 and <= 50 ? CountRange.Exactly((int)v) : null;
    }
}
