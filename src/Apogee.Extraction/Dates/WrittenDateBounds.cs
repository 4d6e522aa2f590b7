using Apogee.Extraction.Text;

namespace Apogee.Extraction.Dates;

/// <summary>
/// The dates a report without a publication day writes, sorted by what they say of the launch. Most are of its
/// time or before it (a statement, "since Oct. 22", an older launch), so the latest bounds the launch from below;
/// a few are of events after it ("a day before the Nov. 5, 2024, election", "ahead of the summit on April 24",
/// "the Council met on Nov. 4, 2022, to discuss the launch", "will meet on Nov. 4"), which bound it from above. A
/// picture of an older launch ("FILE - ... is launched on Nov. 29, 2017", "in this file photo released on March 16")
/// bounds it from below but is no near day to read a weekday from.
/// </summary>
public static class WrittenDateBounds
{
    /// <param name="Latest">The latest date of the report's time or before it (a bound from below).</param>
    /// <param name="Near">The latest such date that is not a picture of an older launch: the weekday's anchor.</param>
    /// <param name="Upper">The earliest date of an event after the launch.</param>
    public readonly record struct Bounds(DateOnly? Latest, DateOnly? Near, DateOnly? Upper);

    public static Bounds Find(IReadOnlyList<string> texts)
    {
        DateOnly? latest = null, near = null, upper = null;
        foreach (var t in texts)
        {
            foreach (var d in DateFinder.FindDates(t))
            {
                if (d.Resolve(null) is not { } day) continue;
                var (sentence, at) = SentenceAround(t, d.Start);
                var end = at + d.Length;
                if (After(sentence, at, end))
                {
                    if (upper is null || day < upper) upper = day;
                    continue;
                }

                if (latest is null || day > latest) latest = day;
                if (!ExtractionPatterns.FilePicture().IsMatch(sentence) && (near is null || day > near)) near = day;
            }
        }

        return new(latest, near, upper);
    }

    /// <summary>
    /// Whether the date at <paramref name="start"/>..<paramref name="end"/> is of an event after the launch: set after
    /// it by "before / ahead of / on the eve of", still to come ("will meet on"), or a reaction to the launch named
    /// after it. Never a date the words tie to the launch itself.
    /// </summary>
    private static bool After(string sentence, int start, int end)
    {
        var role = DayMentionClassifier.Classify(sentence, start, end);
        if (role == DayRole.Launch) return false;
        var before = sentence.AsSpan(Math.Max(0, start - 90), Math.Min(start, 90));
        if (ExtractionPatterns.LaterEventBeforeDay().IsMatch(before) || ExtractionPatterns.FutureBeforeDay().IsMatch(before)) return true;
        return role == DayRole.Other && ExtractionPatterns.ReactionToTheLaunchAfter().IsMatch(sentence.AsSpan(end));
    }

    /// <summary>The sentence (or line) of the text around <paramref name="at"/>, bounded to 400 characters each side, and the offset in it.</summary>
    private static (string Sentence, int At) SentenceAround(string text, int at)
    {
        var from = Math.Max(0, at - 400);
        var head = text.AsSpan(from, at - from);
        var stop = head.LastIndexOfAny('\n', '!', '?');
        var period = LastSentenceEnd(head);
        var start = from + Math.Max(stop, period) + 1;
        var to = Math.Min(text.Length, at + 400);
        var tail = text.AsSpan(at, to - at);
        var next = tail.IndexOfAny('\n', '!', '?');
        var nextPeriod = NextSentenceEnd(tail);
        var stopAt = next < 0 ? nextPeriod : nextPeriod < 0 ? next : Math.Min(next, nextPeriod);
        var finish = stopAt < 0 ? to : at + stopAt + 1;
        return (text[start..finish], at - start);
    }

    // A period that ends a sentence: followed by a space and a capital or a line end (not "Nov. 4", "U.S. officials").
    private static int LastSentenceEnd(ReadOnlySpan<char> s)
    {
        for (var i = s.Length - 2; i >= 0; i--)
        {
            if (s[i] == '.' && i + 2 < s.Length && s[i + 1] == ' ' && char.IsUpper(s[i + 2]) && (i == 0 || char.IsLower(s[i - 1]))) return i;
        }

        return -1;
    }

    private static int NextSentenceEnd(ReadOnlySpan<char> s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '.' && (i + 1 == s.Length || (s[i + 1] == ' ' && i + 2 < s.Length && char.IsUpper(s[i + 2]) && i > 0 && char.IsLower(s[i - 1])))) return i;
        }

        return -1;
    }
}
