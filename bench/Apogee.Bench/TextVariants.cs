using System.Globalization;
using System.Text.RegularExpressions;
using Apogee.Core.Model;
using Apogee.Extraction.Relevance;
using Apogee.Extraction.Sentences;

namespace Apogee.Bench;

/// <summary>
/// The rewritings real outlets make of the same story (issue #11): lead paragraphs only, no publication day in the
/// metadata, other dateline styles, the launch's day phrase in other words, a US-dated copy. Each is made from the
/// document's own text, at run time; nothing of it is kept.
/// </summary>
internal static class TextVariants
{
    private static readonly SentenceSplitter Splitter = new();

    public static IReadOnlyList<Variant> All { get; } =
    [
        new("lead1", "headline + first paragraph", (d, _) => Lead(d, 1)),
        new("lead2", "headline + first 2 paragraphs", (d, _) => Lead(d, 2)),
        new("lead3", "headline + first 3 paragraphs", (d, _) => Lead(d, 3)),
        new("nopub", "no publication day in the metadata", (d, _) => d.Metadata.Published is null ? null : d with { Metadata = d.Metadata with { Published = null } }, MovesPublished: true),
        new("lead2-nopub", "headline + 2 paragraphs, no publication day", (d, _) => Lead(d, 2) is { } l && d.Metadata.Published is not null ? l with { Metadata = l.Metadata with { Published = null } } : null, MovesPublished: true),
        new("nopub-line", "no publication day, 'Published 5 March 2022' under the headline", (d, _) => PublishedLine(d), MovesPublished: true),
        new("nopub-dateline", "no publication day, dateline 'SEOUL, March 5 (Yonhap) --' (no year)", (d, _) => d.Metadata.Published is { } p && Dateline(d, "SEOUL, " + p.ToString("MMMM d", CultureInfo.InvariantCulture) + " (Yonhap) -- ") is { } v ? v with { Metadata = v.Metadata with { Published = null } } : null, MovesPublished: true),
        new("dl-yonhap", "dateline 'SEOUL, March 5 (Yonhap) --'", (d, _) => d.Metadata.Published is { } p ? Dateline(d, "SEOUL, " + p.ToString("MMMM d", CultureInfo.InvariantCulture) + " (Yonhap) -- ") : null),
        new("dl-ap", "dateline 'TOKYO (AP) —'", (d, _) => Dateline(d, "TOKYO (AP) — ")),
        new("dl-city", "dateline 'Seoul, South Korea —'", (d, _) => Dateline(d, "Seoul, South Korea — ")),
        new("dl-none", "dateline removed", (d, _) => HasDateline(d) ? Dateline(d, "") : null),
        new("day-on", "the launch's day as 'on Tuesday'", (d, r) => Day(d, r, (w, _) => "on " + w)),
        new("day-morning", "... as 'Tuesday morning'", (d, r) => Day(d, r, (w, _) => w + " morning")),
        new("day-early", "... as 'early Tuesday'", (d, r) => Day(d, r, (w, _) => "early " + w)),
        new("day-local", "... as 'on Tuesday local time'", (d, r) => Day(d, r, (w, _) => "on " + w + " local time")),
        new("day-dawn", "... as 'in the early hours of Tuesday'", (d, r) => Day(d, r, (w, _) => "in the early hours of " + w)),
        new("day-morning-of", "... as 'on the morning of Tuesday'", (d, r) => Day(d, r, (w, _) => "on the morning of " + w)),
        new("day-date-us", "... as the date, 'on March 5'", (d, r) => Dated(d, r, day => "on " + day.ToString("MMMM d", CultureInfo.InvariantCulture))),
        new("day-date-uk", "... as the date, 'on 5 March'", (d, r) => Dated(d, r, day => "on " + day.ToString("d MMMM", CultureInfo.InvariantCulture))),
        new("day-date-wd", "... as 'on Tuesday, March 5'", (d, r) => Dated(d, r, day => "on " + day.DayOfWeek + ", " + day.ToString("MMMM d", CultureInfo.InvariantCulture))),
        new("day-yesterday", "dated the next day, the launch 'yesterday'", (d, r) => Relative(d, r, "yesterday", 1), MovesPublished: true),
        new("day-today", "dated the launch's day, the launch 'early today'", (d, r) => Relative(d, r, "early today", 0), MovesPublished: true),
        new("day-possessive", "the day out of the launch sentence, 'Tuesday's launch drew ...' after it", (d, r) => Possessive(d, r)),
        new("day-previous", "dated the next day: 'Officials said on Wednesday ...', the launch 'the previous day'", (d, r) => Previous(d, r), MovesPublished: true),
        new("us-pub", "published a day earlier (US time), text as is", (d, r) => UsDated(d, r, null), MovesPublished: true),
        new("us-night", "published a day earlier, 'Monday night Washington time'", (d, r) => UsDated(d, r, w => w + " night Washington time"), MovesPublished: true),
        new("us-hawaii", "published a day earlier, 'at 10:30 a.m. Hawaii time on Monday'", (d, r) => UsDated(d, r, w => "at 10:30 a.m. Hawaii time on " + w), MovesPublished: true),
        new("us-et-date", "published a day earlier, 'at 7:30 p.m. ET on March 4'", (d, r) => UsDated(d, r, w => "at 7:30 p.m. ET on " + r.Primary!.Date.Earliest!.Value.AddDays(-1).ToString("MMMM d", CultureInfo.InvariantCulture)), MovesPublished: true),
        new("us-late-et", "published a day earlier, 'late Monday Eastern time'", (d, r) => UsDated(d, r, w => "late " + w + " Eastern time"), MovesPublished: true),
    ];

    private static string[] Paragraphs(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A short first paragraph without a closing full stop is a headline.</summary>
    private static bool IsHeadline(string p) => p.Length <= 200 && !p.EndsWith('.');

    /// <summary>
    /// The variant's document. A copy published on another day carries that day in its dateline too ("SEOUL, March 6
    /// (Yonhap)"), as a real one would: a dateline keeping the old day would tell another story.
    /// </summary>
    private static CleanDocument With(CleanDocument d, string text, DateOnly? published, bool captions = true)
    {
        if (published is { } p && p != d.Metadata.Published)
        {
            var ps = Paragraphs(text);
            var at = Array.FindIndex(ps, 0, Math.Min(4, ps.Length), x => BenchPatterns.Dateline().Match(x).Groups["date"].Success);
            if (at >= 0)
            {
                var g = BenchPatterns.Dateline().Match(ps[at]).Groups["date"];
                ps[at] = ps[at][..g.Index] + p.ToString("MMMM d", CultureInfo.InvariantCulture) + ps[at][(g.Index + g.Length)..];
                text = string.Join("\n\n", ps);
            }
        }

        return d with { Text = text, Metadata = d.Metadata with { Published = published }, Removed = [], Captions = captions ? d.Captions : [] };
    }

    /// <summary>
    /// The headline and the first <paramref name="n"/> paragraphs of the body; bylines, credits and other short lines
    /// between them are kept but not counted (an outlet's lead is its first paragraphs of prose).
    /// </summary>
    private static CleanDocument? Lead(CleanDocument d, int n)
    {
        var ps = Paragraphs(d.Text);
        var keep = ps.Length > 0 && IsHeadline(ps[0]) ? 1 : 0;
        for (var prose = 0; keep < ps.Length && prose < n; keep++)
        {
            if (IsProse(ps[keep])) prose++;
        }

        return ps.Length <= keep ? null : With(d, string.Join("\n\n", ps.Take(keep)), d.Metadata.Published, captions: false);
    }

    /// <summary>The publication day moved from the metadata into the text, as a web page prints it under the headline.</summary>
    private static CleanDocument? PublishedLine(CleanDocument d)
    {
        if (d.Metadata.Published is not { } p) return null;
        var ps = Paragraphs(d.Text).ToList();
        ps.Insert(ps.Count > 0 && IsHeadline(ps[0]) ? 1 : 0, "Published " + p.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        return d with { Text = string.Join("\n\n", ps), Metadata = d.Metadata with { Published = null }, Removed = [] };
    }

    private static bool IsProse(string p) => p.Length >= 80 || p.EndsWith('.');

    private static bool HasDateline(CleanDocument d) => Paragraphs(d.Text).Take(4).Any(p => BenchPatterns.Dateline().IsMatch(p));

    /// <summary>The body's first paragraph opens with <paramref name="dateline"/> instead of the one it had (if any).</summary>
    private static CleanDocument? Dateline(CleanDocument d, string dateline)
    {
        var ps = Paragraphs(d.Text);
        if (ps.Length == 0) return null;
        var at = Array.FindIndex(ps, 0, Math.Min(4, ps.Length), p => BenchPatterns.Dateline().IsMatch(p));
        if (at < 0) at = IsHeadline(ps[0]) && ps.Length > 1 ? 1 : 0;
        var body = BenchPatterns.Dateline().Replace(ps[at], "", 1);
        ps[at] = dateline + (dateline.Length > 0 && body.Length > 0 ? char.ToUpperInvariant(body[0]) + body[1..] : body);
        return With(d, string.Join("\n\n", ps), d.Metadata.Published);
    }

    /// <summary>
    /// The sentence the launch's weekday was taken from: the first of the first 12 that tells of a launch and names the
    /// weekday the extraction gave, at a day phrase not right after a statement verb ("said on Tuesday").
    /// </summary>
    private static (Sentence Sentence, Match Phrase)? DateSentence(CleanDocument d, LaunchReport r)
    {
        if (r.Primary?.Weekday is not { } w) return null;
        foreach (var s in Splitter.Split(d.Text).Take(12))
        {
            if (!LaunchLanguage.TellsOfActualLaunch(s.Text) && LaunchLanguage.NominalLaunch(s.Text) is null) continue;
            foreach (Match m in BenchPatterns.DayPhrase().Matches(s.Text))
            {
                if (!string.Equals(m.Groups["day"].Value, w, StringComparison.Ordinal) || m.Value.Contains("'s", StringComparison.Ordinal)) continue;
                var before = s.Text[Math.Max(0, m.Index - 14)..m.Index];
                if (before.Contains("said", StringComparison.OrdinalIgnoreCase) || before.Contains("told", StringComparison.OrdinalIgnoreCase)) continue;
                return (s, m);
            }
        }

        return null;
    }

    private static string Replace(string text, Sentence s, Match m, string by)
    {
        var at = s.Start + m.Index;
        var head = text[..at];
        var tail = text[(at + m.Length)..];
        if (by.Length == 0) head = head.TrimEnd(' ');
        else if (head.Length > 0 && !char.IsWhiteSpace(head[^1]) && head[^1] != '(') by = " " + by;
        if (by.Length > 0 && at == s.Start) by = char.ToUpperInvariant(by[0]) + by[1..];
        return head + by + tail;
    }

    private static CleanDocument? Day(CleanDocument d, LaunchReport r, Func<string, string, string> phrase)
    {
        if (DateSentence(d, r) is not var (s, m)) return null;
        var w = m.Groups["day"].Value;
        return With(d, Replace(d.Text, s, m, phrase(w, m.Value)), d.Metadata.Published);
    }

    private static CleanDocument? Possessive(CleanDocument d, LaunchReport r)
    {
        if (DateSentence(d, r) is not var (s, m)) return null;
        var w = m.Groups["day"].Value;
        var text = Replace(d.Text, s, m, "");
        var end = s.End - (d.Text.Length - text.Length);
        return With(d, text[..end] + " " + w + "'s launch drew swift protests from Seoul and Tokyo." + text[end..], d.Metadata.Published);
    }

    private static DayOfWeek Parse(string w) => Enum.Parse<DayOfWeek>(w, ignoreCase: true);

    private static string Name(DayOfWeek d) => d.ToString();

    /// <summary>The launch's day phrase as its written date (the original extraction's day), publication as it was.</summary>
    private static CleanDocument? Dated(CleanDocument d, LaunchReport r, Func<DateOnly, string> phrase)
    {
        if (r.Primary?.Date is not { IsDay: true, Earliest: { } day } || DateSentence(d, r) is not var (s, m)) return null;
        return With(d, Replace(d.Text, s, m, phrase(day)), d.Metadata.Published);
    }

    /// <summary>The story dated <paramref name="after"/> days after the launch, its day phrase a relative day ("yesterday").</summary>
    private static CleanDocument? Relative(CleanDocument d, LaunchReport r, string phrase, int after)
    {
        if (r.Primary?.Date is not { IsDay: true, Earliest: { } day } || DateSentence(d, r) is not var (s, m)) return null;
        return With(d, Replace(d.Text, s, m, phrase), day.AddDays(after));
    }

    /// <summary>The story is dated the day after the launch; the launch sentence says "the previous day".</summary>
    private static CleanDocument? Previous(CleanDocument d, LaunchReport r)
    {
        if (r.Primary?.Date is not { IsDay: true, Earliest: { } day } || DateSentence(d, r) is not var (s, m)) return null;
        var next = Name((DayOfWeek)(((int)Parse(m.Groups["day"].Value) + 1) % 7));
        var text = Replace(d.Text, s, m, "the previous day");

        // After a dateline opening the sentence ("SEOUL, Jan. 3 (Yonhap) -- "), which stays where it was.
        var at = s.Start + (BenchPatterns.Dateline().Match(s.Text) is { Success: true } dl ? dl.Length : 0);
        return With(d, text[..at] + "Officials said on " + next + " that they were studying the launch. " + text[at..], day.AddDays(1));
    }

    /// <summary>
    /// A copy dated in Washington, a day before the launch's day at the site; the day phrase optionally in US time. Only
    /// where the original dated the launch by its weekday: a copy that says "yesterday" or "today" is not a US one.
    /// </summary>
    private static CleanDocument? UsDated(CleanDocument d, LaunchReport r, Func<string, string>? phrase)
    {
        if (r.Primary?.Date is not { IsDay: true, Earliest: { } day } date || !date.Basis.StartsWith("weekday", StringComparison.Ordinal)) return null;
        if (phrase is null) return With(d, d.Text, day.AddDays(-1));
        if (DateSentence(d, r) is not var (s, m)) return null;
        var before = Name((DayOfWeek)(((int)Parse(m.Groups["day"].Value) + 6) % 7));
        return With(d, Replace(d.Text, s, m, phrase(before)), day.AddDays(-1));
    }
}
