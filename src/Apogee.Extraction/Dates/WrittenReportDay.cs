using System.Globalization;
using System.Text.RegularExpressions;
using Apogee.Extraction.Text;

namespace Apogee.Extraction.Dates;

/// <summary>
/// The report's own day written in its text, for a document whose metadata gives none: a publication line
/// ("Published 24 March 2022", "Updated: March 24, 2022"), a byline's date on a short line near the top, or a wire
/// dateline ("SEOUL, March 24 (Yonhap) --", whose year the rest of the text must give), else the date of an embedded
/// post that tells the launch as news ("has just launched ... — Name (@handle) July 4, 2017"). Each is looked for once
/// in the document, only when there is no publication day.
/// </summary>
public static class WrittenReportDay
{
    // A byline's date stands near the top; a date alone on a line further down is a timeline's entry or a heading.
    private const int BylineReach = 1500;

    // A byline line is short; a longer line is prose (or a headline) that may write another event's date.
    private const int BylineLength = 80;

    /// <summary>The report's day as written, the year possibly missing (a dateline), and what wrote it; null when the text gives none.</summary>
    public static (DateMention Date, string How)? Find(string text)
    {
        if (ExtractionPatterns.PublicationLine().Match(text) is { Success: true } p && Parse(p.Groups["date"].Value) is { } pub) return (pub, "publication line");
        if (BylineDate(text) is { } byline) return (byline, "byline date");
        if (ExtractionPatterns.Dateline().Match(text) is { Success: true } d && DateFinder.FindDates(d.Groups[2].Value) is [var first, ..]) return (first, "dateline");
        if (NewsPostDate(text) is { } post) return (post, "embedded post telling the launch as news");
        return null;
    }

    /// <summary>
    /// "North Korea has just launched another missile ... — Name (@handle) July 4, 2017": an embedded post that tells the
    /// launch as news of the moment was sent on the launch's day, so the story is of that day or later; its signature's
    /// date (with its year) stands for the report's day. The first such post.
    /// </summary>
    private static DateMention? NewsPostDate(string text)
    {
        if (!text.Contains("(@", StringComparison.Ordinal)) return null;
        foreach (var d in DateFinder.FindDates(text))
        {
            if (d.Year is null) continue;
            var from = Math.Max(0, d.Start - 90);
            if (!ExtractionPatterns.PostSignatureBefore().IsMatch(text.AsSpan(from, d.Start - from))) continue;
            var lineStart = text.LastIndexOf('\n', Math.Max(0, d.Start - 1)) + 1;
            if (ExtractionPatterns.LaunchNewsInPost().IsMatch(text.AsSpan(lineStart, d.Start - lineStart))) return d;
        }

        return null;
    }

    /// <summary>
    /// A short line near the top that is no sentence and writes a date with its year: "March 24, 2022", "By Jane
    /// Reporter | March 24, 2022 10:23 AM", "24 March 2022 • 10:23am", "Thu 24 Mar 2022 09.12 GMT".
    /// </summary>
    private static DateMention? BylineDate(string text)
    {
        var top = text.AsSpan(0, Math.Min(text.Length, BylineReach));
        foreach (var range in top.Split('\n'))
        {
            var line = top[range].Trim();
            if (line.Length == 0 || line.Length > BylineLength || line[^1] is '.' or '!' or '?' or '"' or '\u201d') continue;
            var s = line.ToString();
            if (ExtractionPatterns.FullDateWritten().Match(s) is { Success: true } m && !Prose(s, m) && Parse(m.Groups["date"].Value) is { } d) return d;
        }

        return null;
    }

    /// <summary>
    /// Whether the line around the date is prose (a hard-wrapped sentence: "information that the tests on February 26
    /// and March 4, 2022"): a lower-case word other than a byline's own ("by", "updated on", "posted at", "am").
    /// </summary>
    private static bool Prose(string line, Match date)
    {
        var rest = string.Concat(line.AsSpan(0, date.Index), " ", line.AsSpan(date.Index + date.Length));
        if (line.TrimEnd().EndsWith(',')) return true;
        foreach (Match w in ExtractionPatterns.LowerCaseWord().Matches(rest))
        {
            if (!ExtractionPatterns.BylineWord().IsMatch(w.Value)) return true;
        }

        return false;
    }

    private static DateMention? Parse(string date)
    {
        if (ExtractionPatterns.NumericDate().Match(date) is { Success: true } n)
        {
            var month = int.Parse(n.Groups["m"].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(n.Groups["d"].Value, CultureInfo.InvariantCulture);
            return month is >= 1 and <= 12 && day is >= 1 and <= 31 ? new DateMention(0, date.Length, month, day, int.Parse(n.Groups["y"].Value, CultureInfo.InvariantCulture)) : null;
        }

        return DateFinder.FindDates(date) is [var m, ..] && m.Year is not null ? m : null;
    }
}
