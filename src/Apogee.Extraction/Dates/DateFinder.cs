using System.Globalization;
using System.Text.RegularExpressions;
using Apogee.Extraction.Text;

namespace Apogee.Extraction.Dates;

/// <summary>Finds written dates and weekday names; pure lookups, no resolution against a reference day.</summary>
public static class DateFinder
{
    // British/KCNA order ("4 July") and "the 4th of July".
    private static readonly Regex[] DayFirstPatterns = [ExtractionPatterns.DayMonthYear(), ExtractionPatterns.DayOfMonthName()];

    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>A sentence's dates are asked by several stages (relevance, fact filter, references): found once per text.</summary>
    private static readonly RecentResults<IReadOnlyList<DateMention>> Recent = new(Find);

    public static IReadOnlyList<DateMention> FindDates(string text) => Recent.Of(text);

    private static List<DateMention> Find(string text)
    {
        var found = new List<DateMention>();
        foreach (Match m in ExtractionPatterns.MonthDay().Matches(text))
        {
            // "the March 16 Factory": a place named for a date is no date.
            if (ExtractionPatterns.NameAfterDate().IsMatch(text.AsSpan(m.Index + m.Length))) continue;
            var month = MonthOf(m.Value);
            var day = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            int? year = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : JucheYear(text, m.Index + m.Length);

            // "May 2017" or "March 3" only: a bare "May" followed by a number is a date only when the number is a day.
            if (month > 0 && day is >= 1 and <= 31) found.Add(new DateMention(m.Index, m.Length, month, day, year));
        }

        foreach (var pattern in DayFirstPatterns)
        {
            // IsMatch first: it allocates nothing, and most texts hold no such date (FindDates runs per sentence).
            if (!pattern.IsMatch(text)) continue;
            foreach (Match m in pattern.Matches(text))
            {
                var month = MonthOf(m.Value[m.Groups[1].Length..].Replace("of ", string.Empty, StringComparison.OrdinalIgnoreCase));
                var day = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                int? year = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : JucheYear(text, m.Index + m.Length);
                if (month > 0 && day is >= 1 and <= 31) found.Add(new DateMention(m.Index, m.Length, month, day, year));
            }
        }

        // "2017.7.4", "2017-07-04": Korean and Chinese outlets' numeric dates, the year first.
        if (ExtractionPatterns.NumericDateInText().IsMatch(text))
        {
            foreach (Match m in ExtractionPatterns.NumericDateInText().Matches(text))
            {
                var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                found.Add(new DateMention(m.Index, m.Length, int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), y));
            }
        }

        // In text order; most sentences have none or one, and both patterns' matches come in order already.
        if (found.Count < 2) return found;
        for (var i = 1; i < found.Count; i++)
        {
            if (found[i - 1].Start > found[i].Start) return found.OrderBy(d => d.Start).ToList();
        }

        return found;
    }

    /// <summary>KCNA's ", Juche 106" right after a date without its year: Juche 1 is 1912.</summary>
    private static int? JucheYear(string text, int at) =>
        at < text.Length && text.Length - at > 7 && ExtractionPatterns.JucheYearAfter().Match(text, at) is { Success: true } j && j.Index == at
            ? 1911 + int.Parse(j.Groups["j"].Value, CultureInfo.InvariantCulture)
            : null;

    public static DayOfWeek? ParseWeekday(string name) =>
        Enum.TryParse<DayOfWeek>(name, ignoreCase: true, out var d) ? d : null;

    /// <summary>Month number of the first month name in <paramref name="s"/>, or 0.</summary>
    public static int MonthOf(string s)
    {
        var lower = s.TrimStart().ToLowerInvariant();
        for (var i = 0; i < MonthNames.Length; i++)
        {
            var at = lower.IndexOf(MonthNames[i], StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || !char.IsLetter(lower[at - 1]))) return i + 1;
        }

        return 0;
    }
}
