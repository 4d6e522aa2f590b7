namespace Apogee.Extraction.Dates;

/// <summary>A calendar date written in the text ("Jan. 5", "March 3, 2017"); <see cref="Year"/> is null when not written.</summary>
public sealed record DateMention(int Start, int Length, int Month, int Day, int? Year)
{
    /// <summary>The date in the year that puts it on or before <paramref name="anchor"/> (+1 day for time zones), nearest to it.</summary>
    public DateOnly? Resolve(DateOnly? anchor)
    {
        if (Year is { } y) return Make(y, Month, Day);
        if (anchor is not { } a) return null;
        var same = Make(a.Year, Month, Day);
        return same is { } d && d <= a.AddDays(1) ? d : Make(a.Year - 1, Month, Day);
    }

    private static DateOnly? Make(int y, int m, int d) =>
        m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
}
