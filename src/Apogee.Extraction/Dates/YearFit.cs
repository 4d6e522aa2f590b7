namespace Apogee.Extraction.Dates;

/// <summary>
/// Places a date written without its year ("March 24") when the report has no publication day: within what else the
/// text bounds (on or after the dates it writes with their years, within the terms of the officeholders it names) and,
/// where the launch's weekday is told, on that weekday. Only a single fitting year is taken: two would be a guess.
/// </summary>
public static class YearFit
{
    // Beyond this many years the bounds say too little to pick one (and the loop stays short).
    private const int MaxSpanYears = 40;

    /// <param name="month">The written month.</param>
    /// <param name="day">The written day of the month.</param>
    /// <param name="from">The earliest the date may be (null: unbounded, no year is picked).</param>
    /// <param name="to">The latest the date may be (null: unbounded, no year is picked).</param>
    /// <param name="weekday">The launch's weekday at the site, or null.</param>
    /// <param name="shift">Days the written date moves to the site's day (a US-zone time beside it).</param>
    public static DateOnly? Only(int month, int day, DateOnly? from, DateOnly? to, DayOfWeek? weekday, int shift)
    {
        if (from is not { } lo || to is not { } hi || hi < lo || hi.Year - lo.Year > MaxSpanYears || month is < 1 or > 12) return null;
        DateOnly? found = null;
        for (var y = lo.Year; y <= hi.Year; y++)
        {
            if (day < 1 || day > DateTime.DaysInMonth(y, month)) continue;
            var d = new DateOnly(y, month, day).AddDays(shift);
            if (d < lo || d > hi || (weekday is { } w && d.DayOfWeek != w)) continue;
            if (found is not null) return null;
            found = d;
        }

        return found;
    }
}
