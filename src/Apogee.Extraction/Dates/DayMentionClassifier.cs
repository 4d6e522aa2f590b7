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

    /// <param name="sentence">The sentence.</param>
    /// <param name="start">Where the day word starts.</param>
    /// <param name="end">Where it ends.</param>
    /// <param name="thingsTell">Whether a launched thing ("the missile") tells of the launch; not for clock times,
    /// where "the missile flew over Hokkaido at 07:06" is an overflight time, not a launch time.</param>
    public static DayRole Classify(string sentence, int start, int end, bool thingsTell = true)
    {
        if (start < 0 || end > sentence.Length || start >= end) return DayRole.Neutral;
        var before = sentence[Math.Max(0, start - Before)..start];

        // "... — Jane Doe (@janedoe) July 4, 2017": an embedded post's signature dates the post, not any launch it tells of.
        // (The pattern only where "(@" stands: day words are classified many times per document.)
        if (before.Contains("(@", StringComparison.Ordinal) && ExtractionPatterns.PostSignatureBefore().IsMatch(before)) return DayRole.NotThisDay;
        var role = ClassifyByWords(sentence, start, end, thingsTell, before);

        // "a year after its Jan. 5 test", "days before the drills begin on March 20": the day of the event the launch is
        // placed against; "A file photo shows a launch on March 12": a picture of an earlier one. Asked only of a day
        // that would otherwise be the launch's or nobody's (a statement's day stays a statement's).
        if (role is DayRole.Launch or DayRole.Neutral
            && (PlacedAgainst(sentence, start, before) || ExtractionPatterns.FilePicture().IsMatch(sentence))) return DayRole.NotThisDay;

        // "flew farther than the Jan. 5 test", "like the May 14 launch": the launch compared with is another one.
        if (role is DayRole.Launch or DayRole.Neutral && ExtractionPatterns.ComparedWithDateBefore().IsMatch(before)) return DayRole.NotThisDay;
        return role;
    }

    private static DayRole ClassifyByWords(string sentence, int start, int end, bool thingsTell, string before)
    {
        // The rest of the sentence as a span, or searched as a substring (Match with beginning and length treats it as the
        // whole input, as a copy would be): a day word is classified many times per document, and copying every rest was
        // a large share of extraction's allocation.
        var rest = sentence.AsSpan(end);
        if (ExtractionPatterns.DaySpanAfter().IsMatch(rest)) return DayRole.NotThisDay;

        // "at 9 a.m. Sunday (7:30 p.m. ET Saturday)": the bracket converts the time to another zone; its day is that zone's.
        if (before.LastIndexOf('(') is >= 0 and var open && before.IndexOf(')', open) < 0 && ExtractionPatterns.ForeignZone().IsMatch(before.AsSpan(open))) return DayRole.NotThisDay;

        // "The launch came after Kim inspected a test-firing on Wednesday": what follows "came after" is the other event's.
        if (ExtractionPatterns.CameAfterBefore().IsMatch(sentence.AsSpan(0, start))) return DayRole.NotThisDay;

        if (ExtractionPatterns.PossessiveAfter().Match(sentence, end, sentence.Length - end) is { Success: true } poss)
        {
            // "after Sunday's launch" is that launch's day; only "last/next Sunday's" names another week.
            if (ExtractionPatterns.OtherWeekBefore().IsMatch(before)) return DayRole.NotThisDay;

            // "Sunday's missile launch", "Tuesday's critical tweet": the first telling word within a few words after.
            var noun = rest[poss.Length..Math.Min(rest.Length, poss.Length + 40)].ToString();
            var first = Prefiltered.DayCue.Match(noun);
            return first.Success ? RoleOf(first) : DayRole.Neutral;
        }

        if (ExtractionPatterns.NotThisDayBefore().IsMatch(before) || ExtractionPatterns.FutureBeforeDay().IsMatch(before)) return DayRole.NotThisDay;

        // "drills, which began on Oct. 31": the start or end of something that lasts is that event's day.
        if (ExtractionPatterns.EventSpanBeforeDay().IsMatch(before)) return DayRole.Other;

        var tail = ExtractionPatterns.DayTail().Match(sentence, end, sentence.Length - end);
        var afterText = rest[tail.Length..Math.Min(rest.Length, tail.Length + After)].ToString();

        // "the April 15 anniversary", "the Sept. 3 nuclear test": the day is its noun's; no telling word there is another
        // event's. Only names of days modify so ("the afternoon hours" is still the launch's afternoon).
        if (char.IsUpper(sentence[start]) && ExtractionPatterns.DeterminerBefore().IsMatch(before) && ExtractionPatterns.AttributiveDay().Match(afterText) is { Success: true } attr)
        {
            var noun = Prefiltered.DayCue.Match(afterText[..Math.Min(afterText.Length, attr.Length + 25)]);
            return noun.Success ? RoleOf(noun) : DayRole.Other;
        }

        Match? lastBefore = null;
        var governed = false;
        foreach (Match m in Prefiltered.DayCue.Matches(before))
        {
            if (thingsTell || !IsThing(m)) lastBefore = m;
        }

        // "Pyongyang confirmed the test on Friday", "KCNA reported the launch on Friday": the launch named as the object of
        // a verb passing on its news; the day is the verb's.
        if (lastBefore is not null && lastBefore.Groups["launch"].Success) governed = GovernedBy(before, lastBefore, reporting: true);

        var firstAfter = Prefiltered.DayCue.Match(afterText);
        while (firstAfter.Success && !thingsTell && IsThing(firstAfter)) firstAfter = Prefiltered.DayCue.Match(afterText, firstAfter.Index + firstAfter.Length);

        // ", South Korea's military said": a trailing attribution speaks for the whole sentence, not for the day; only
        // a day opening the sentence ("On Sunday, North Korea fired ...") reads on past the comma.
        if (firstAfter.Success && afterText.AsSpan(0, firstAfter.Index).Contains(',') && Words(before) > 2) firstAfter = Match.Empty;

        // "State media said that on Saturday the nation held a test": a that-clause opens after the statement verb; the
        // day is the clause's, not the saying's.
        if (lastBefore is not null && lastBefore.Groups["other"].Success && ExtractionPatterns.ThatClause().IsMatch(before.AsSpan(lastBefore.Index + lastBefore.Length))) lastBefore = null;

        // "launched a rocket at 10:30 a.m. Hawaii time on Saturday", "fired in the early hours of Sunday": the clock
        // and part-of-day words between the verb and the day are the day's own phrase, not words of another clause.
        var wordsBefore = lastBefore is null ? int.MaxValue : WordsBeforeTimePhrase(before.AsSpan(lastBefore.Index + lastBefore.Length));
        var wordsAfter = firstAfter.Success ? Words(afterText.AsSpan(0, firstAfter.Index)) : int.MaxValue;

        // "said on Tuesday", "told reporters on Monday", "fired a missile on Sunday": the word just before rules.
        if (lastBefore is not null && wordsBefore <= 3) return governed ? DayRole.Other : RoleOf(lastBefore);

        // "On Tuesday, the United States will test ...": a day of something still to come.
        if (firstAfter.Success && ExtractionPatterns.FutureAfterDay().IsMatch(afterText.AsSpan(0, firstAfter.Index))) return DayRole.NotThisDay;

        // "Japan on Tuesday said", "North Korea on Sunday fired": the verb right after rules, unless a comma parts them.
        if (firstAfter.Success && wordsAfter <= 2 && !afterText.AsSpan(0, firstAfter.Index).Contains(',')) return RoleOf(firstAfter);

        // A telling word far after the day, with none before, is another clause's ("on July 26, a day before the anniversary").
        if (lastBefore is null)
        {
            if (firstAfter.Success && wordsAfter <= 4) return RoleOf(firstAfter);
            return ExtractionPatterns.ReactionToLaunchAfter().IsMatch(rest) ? DayRole.Other : DayRole.Neutral;
        }

        return wordsBefore <= wordsAfter ? (governed ? DayRole.Other : RoleOf(lastBefore)) : RoleOf(firstAfter);
    }

    /// <summary>
    /// Whether the launch noun <paramref name="noun"/> (with the nouns right before it: "the missile launch") is the
    /// object of a verb just before it that reports the launch ("confirmed the test") or, unless
    /// <paramref name="reporting"/>, reacts to it ("condemned North Korea's latest missile launch"), not a launch told
    /// ("fired the missile").
    /// </summary>
    private static bool GovernedBy(string text, Match noun, bool reporting)
    {
        if (!ExtractionPatterns.LaunchNounWord().IsMatch(noun.Value)) return false;
        var cues = Prefiltered.DayCue.Matches(text[..noun.Index]);
        var first = noun;
        for (var i = cues.Count - 1; i >= 0; i--)
        {
            var c = cues[i];
            var gap = text.AsSpan(c.Index + c.Length, first.Index - c.Index - c.Length);
            if (c.Groups["launch"].Success && ExtractionPatterns.LaunchNounWord().IsMatch(c.Value) && gap.IsWhiteSpace())
            {
                first = c;
                continue;
            }

            return c.Groups["other"].Success && (reporting ? ExtractionPatterns.ReportingVerb() : ExtractionPatterns.ReactionVerb()).IsMatch(c.Value) && ExtractionPatterns.GovernedLaunchNoun().IsMatch(gap);
        }

        return false;
    }

    /// <summary>
    /// Whether the day belongs to the event a clause places something against ("X, a year after its Jan. 5 test"; "X,
    /// days before drills begin on March 20"): that event is another one than the launch when it names no launch, or
    /// when the launch is told before it ("fired ... on Wednesday, a year after its Jan. 5 test"). A reaction placed
    /// after the launch keeps the launch's day ("The US responded ... after a missile test flew over Japan last night").
    /// </summary>
    private static bool PlacedAgainst(string sentence, int start, string before)
    {
        var m = ExtractionPatterns.OtherEventBeforeDay().Match(before);
        if (!m.Success) return false;
        if (!HasLaunchCue(before[m.Index..])) return true;
        var at = start - before.Length + m.Index;
        return HasLaunchCue(sentence[Math.Max(0, at - 150)..at]);
    }

    /// <summary>Whether the text tells of a launch: a launch word, not only the launch as what a reaction is about ("Kishida condemned the launch").</summary>
    private static bool HasLaunchCue(string text)
    {
        foreach (var cue in Prefiltered.DayCue.Matches(text))
        {
            if (cue.Groups["launch"].Success && !GovernedBy(text, cue, reporting: false)) return true;
        }

        return false;
    }

    private static bool IsThing(Match cue) => ExtractionPatterns.LaunchedThingWord().IsMatch(cue.Value);

    private static DayRole RoleOf(Match cue) => cue.Groups["launch"].Success ? DayRole.Launch : DayRole.Other;

    /// <summary>
    /// The words of <paramref name="between"/> left when the day's own time phrase at its end is taken off: clock
    /// times ("at 10:30 a.m."), zones ("Hawaii time", "ET", "local time"), parts of day ("in the early hours of",
    /// "on the morning of", "early", "late"). Read word by word from the end, so bounded by the span (≤ 90 characters).
    /// </summary>
    private static int WordsBeforeTimePhrase(ReadOnlySpan<char> between)
    {
        var total = Words(between);
        var end = between.Length;
        var timeWords = 0;
        var afterTime = false;
        while (end > 0)
        {
            while (end > 0 && !char.IsLetterOrDigit(between[end - 1])) end--;
            var start = end;
            while (start > 0 && char.IsLetterOrDigit(between[start - 1])) start--;
            if (start == end) break;
            var word = between[start..end];

            // "Hawaii time", "Seoul time": a capitalised word before "time" names the zone ("the first time" names none).
            if ((afterTime && char.IsUpper(word[0])) || IsTimeWord(word))
            {
                afterTime = word.Equals("time", StringComparison.OrdinalIgnoreCase);
                timeWords++;
                end = start;
                continue;
            }

            break;
        }

        return total - timeWords;
    }

    private static bool IsTimeWord(ReadOnlySpan<char> w) =>
        char.IsDigit(w[0]) || ExtractionPatterns.TimePhraseWord().IsMatch(w);

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
