using System.Globalization;
using System.Text.RegularExpressions;
using Apogee.Extraction.Text;

namespace Apogee.Extraction.Dates;

/// <summary>
/// The report's own day written in its text, for a document whose metadata gives none: a publication line
/// ("Published 24 March 2022", "Updated: March 24, 2022"), a byline's date alone on a line near the top, or a wire
/// dateline ("SEOUL, March 24 (Yonhap) --", whose year the rest of the text must give). Each is looked for once in
/// the document, only when there is no publication day.
/// </summary>
public static class WrittenReportDay
{
    // A byline's date stands near the top; a date alone on a line further down is a timeline's entry or a heading.
    private const int BylineReach = 1500;

    /// <summary>The report's day as written, the year possibly missing (a dateline), and what wrote it; null when the text gives none.</summary>
    public static (DateMention Date, string How)? Find(string text)
    {
        if (ExtractionPatterns.PublicationLine().Match(text) is { Success: true } p && Parse(p.Groups["date"].Value) is { } pub) return (pub, "publication line");
        var top = text.Length > BylineReach ? text[..BylineReach] : text;
        if (ExtractionPatterns.DateOnlyLine().Match(top) is { Success: true } b && Parse(b.Groups["date"].Value) is { } byline) return (byline, "byline date");
        if (ExtractionPatterns.Dateline().Match(text) is { Success: true } d && DateFinder.FindDates(d.Groups[2].Value) is [var first, ..]) return (first, "dateline");
        return null;
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
