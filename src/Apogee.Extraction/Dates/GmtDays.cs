using System.Globalization;
using Apogee.Extraction.Text;

namespace Apogee.Extraction.Dates;

/// <summary>
/// Wire copy's GMT clocks beside a weekday ("at 2230 GMT on Wednesday", "7:30 a.m. (2230 GMT Wednesday)"): the day
/// they move the weekday to at the launch site (UTC+9).
/// </summary>
public static class GmtDays
{
    /// <summary>
    /// "The missile was fired at 7:30 a.m. (2230 GMT Wednesday)": a weekday closing a bracket that converts the launch
    /// clock to GMT is the launch's, moved to the site (UTC+9) by that clock; its role is the clock's (the words before
    /// the bracket). Null where the weekday is not so placed.
    /// </summary>
    public static (DayRole Role, int Shift)? BracketDay(string s, int at)
    {
        var open = s.LastIndexOf('(', at == 0 ? 0 : at - 1, Math.Min(at, 16));
        if (open < 0) return null;
        var m = ExtractionPatterns.GmtBracketBeforeDay().Match(s, open, at - open);
        if (!m.Success) return null;
        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        return (DayMentionClassifier.Classify(s, open, open + 1), hour + 9 >= 24 ? 1 : 0);
    }

    /// <summary>
    /// "launched at 2230 GMT on Wednesday": a wire's GMT clock without a colon, within 40 characters, moves the day to
    /// the site's, where the sentence gives no other clock (a local one keeps its own day).
    /// </summary>
    public static int ClockShift(string s, int start, int end)
    {
        var from = Math.Max(0, start - 40);
        var to = Math.Min(s.Length, end + 40);
        if (s.AsSpan(from, to - from).IndexOf("GMT", StringComparison.Ordinal) < 0 && s.AsSpan(from, to - from).IndexOf("UTC", StringComparison.Ordinal) < 0) return 0;
        var m = ExtractionPatterns.GmtFourDigitClock().Match(s, from, to - from);

        // Not a bracket's conversion of a local clock ("3:17 a.m. Wednesday (1817 GMT Tuesday)"): there the day is the local one.
        if (!m.Success || s.AsSpan(Math.Max(0, m.Index - 3), Math.Min(m.Index, 3)).Contains('(') || ExtractionPatterns.ClockTime().IsMatch(s)) return 0;
        return int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture) + 9 >= 24 ? 1 : 0;
    }
}
