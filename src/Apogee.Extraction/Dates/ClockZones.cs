namespace Apogee.Extraction.Dates;

/// <summary>
/// Offsets from UTC of the zones launch times are written in, and the move to the launch site's clock. The launch
/// site's clock is Korea's and Japan's (UTC+9); Pyongyang time (UTC+8:30, 2015-08-15..2018-05-04) is within the
/// half hour the contract allows. US zones follow US daylight saving time (second Sunday of March to first Sunday
/// of November), so they need the day; without it an Eastern/Pacific time is not converted.
/// </summary>
public static class ClockZones
{
    public const int SiteOffsetMinutes = 9 * 60;

    /// <summary>Minutes east of UTC for <paramref name="zone"/> as written; null for the site's own clock or an unknown zone.</summary>
    public static int? OffsetMinutes(string zone, DateOnly? day)
    {
        var z = zone.Trim().ToUpperInvariant();
        bool? dst = day is { } d ? UsDaylightSaving(d) : null;
        return z switch
        {
            "GMT" or "UTC" or "Z" => 0,
            "EDT" => -240,
            "EST" => -300,
            "CDT" => -300,
            "CST" => -360,
            "PDT" => -420,
            "PST" => -480,
            "HST" or "HAWAII TIME" or "HAWAIIAN TIME" or "HAWAII-ALEUTIAN TIME" => -600,
            "GUAM TIME" or "CHST" => 600,
            "BST" or "CET" => 60,
            "CEST" => 120,
            "MOSCOW TIME" or "MSK" => 180,
            "BEIJING TIME" => 480,
            "EASTERN DAYLIGHT TIME" => -240,
            "EASTERN STANDARD TIME" => -300,
            "PACIFIC DAYLIGHT TIME" => -420,
            "PACIFIC STANDARD TIME" => -480,
            "ET" or "EASTERN TIME" or "WASHINGTON TIME" or "NEW YORK TIME" => dst is { } e ? (e ? -240 : -300) : null,
            "PT" or "PACIFIC TIME" => dst is { } p ? (p ? -420 : -480) : null,
            "CENTRAL TIME" => dst is { } c ? (c ? -300 : -360) : null,
            _ => null,
        };
    }

    /// <summary>Whether <paramref name="zone"/> is the launch site's own clock ("KST", "JST", "local time").</summary>
    public static bool IsSiteClock(string zone) => zone.Trim().ToUpperInvariant() is "KST" or "JST";

    /// <summary>
    /// The site's clock for a time written in a zone <paramref name="offset"/> minutes east of UTC, and the days it moves
    /// ("10:40 a.m. Hawaii time May 28" is 05:40 on May 29 in Korea: +1).
    /// </summary>
    public static (int Hour, int Minute, int DayShift) ToSite(int hour, int minute, int offset)
    {
        var total = hour * 60 + minute - offset + SiteOffsetMinutes;
        var shift = (int)Math.Floor(total / 1440.0);
        var inDay = total - shift * 1440;
        return (inDay / 60, inDay % 60, shift);
    }

    /// <summary>US daylight saving: from the second Sunday of March to the first Sunday of November.</summary>
    public static bool UsDaylightSaving(DateOnly day)
    {
        var start = NthSunday(day.Year, 3, 2);
        var end = NthSunday(day.Year, 11, 1);
        return day >= start && day < end;
    }

    private static DateOnly NthSunday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)DayOfWeek.Sunday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (n - 1) * 7);
    }
}
