using System.Text.RegularExpressions;
using Apogee.Extraction.Text;

namespace Apogee.Extraction.Dates;

/// <summary>
/// Tells whose day a day word (weekday, "yesterday", "May 28") names, from the words around it rather than from a
/// list of launch verbs in the sentence: a possessive names its noun's day ("Sunday's launch", "Tuesday's
/// statement"); a statement verb right before it ("said on Tuesday", "told reporters Monday") or right after it
/// ("Japan on Tuesday said") makes it the statement's day; otherwise the nearer of the launch/other words before and
/// after it decides ("the launch on Sunday ended in failure", "a missile test by North Korea Friday morning").
/// </summary>
public static class DayMentionClassifier
{
    // How far a telling word may stand from the day word (characters); a sentence's clause rarely puts them further apart.
    private const int Before = 90;
    private const int After = 50;

    public static DayRole Classify(string sentence, int start, int end)
    {
        if (start < 0 || end > sentence.Length || start >= end) return DayRole.Neutral;
        var before = sentence[Math.Max(0, start - Before)..start];
        var rest = sentence[end..];
        if (ExtractionPatterns.PossessiveAfter().Match(rest) is { Success: true } poss)
        {
            // "after Sunday's launch" is that launch's day; only "last/next Sunday's" names another week.
            if (ExtractionPatterns.OtherWeekBefore().IsMatch(before)) return DayRole.NotThisDay;

            // "Sunday's missile launch", "Tuesday's critical tweet": the first telling word within a few words after.
            var noun = rest[poss.Length..Math.Min(rest.Length, poss.Length + 40)];
            var first = ExtractionPatterns.DayCue().Match(noun);
            return first.Success ? RoleOf(first) : DayRole.Neutral;
        }

        if (ExtractionPatterns.NotThisDayBefore().IsMatch(before) || ExtractionPatterns.FutureBeforeDay().IsMatch(before)) return DayRole.NotThisDay;

        var tail = ExtractionPatterns.DayTail().Match(rest);
        var afterText = rest[tail.Length..Math.Min(rest.Length, tail.Length + After)];

        Match? lastBefore = null;
        foreach (Match m in ExtractionPatterns.DayCue().Matches(before)) lastBefore = m;
        var firstAfter = ExtractionPatterns.DayCue().Match(afterText);

        var wordsBefore = lastBefore is null ? int.MaxValue : Words(before.AsSpan(lastBefore.Index + lastBefore.Length));
        var wordsAfter = firstAfter.Success ? Words(afterText.AsSpan(0, firstAfter.Index)) : int.MaxValue;

        // "said on Tuesday", "told reporters on Monday", "fired a missile on Sunday": the word just before rules.
        if (lastBefore is not null && wordsBefore <= 3) return RoleOf(lastBefore);

        // "Japan on Tuesday said", "North Korea on Sunday fired": the verb right after rules, unless a comma parts them.
        if (firstAfter.Success && wordsAfter <= 2 && !afterText.AsSpan(0, firstAfter.Index).Contains(',')) return RoleOf(firstAfter);

        if (lastBefore is null && !firstAfter.Success) return DayRole.Neutral;
        return wordsBefore <= wordsAfter ? RoleOf(lastBefore!) : RoleOf(firstAfter);
    }

    private static DayRole RoleOf(Match cue) => cue.Groups["launch"].Success ? DayRole.Launch : DayRole.Other;

    private static int Words(ReadOnlySpan<char> between)
    {
        var n = 0;
        var inWord = false;
        foreach (var ch in between)
        {
            var w = char.IsLetterOrDigit(ch);
            if (w && !inWord) n++;
            inWord = w;
        }

        return n;
    }
}
