using System.Globalization;

namespace Apogee.Ingest.Reading;

/// <summary>Publication dates as pages and sidecars write them, read without any ambient culture.</summary>
public static class DateParsing
{
    /// <summary>
    /// The calendar date of a timestamp as written: "2025-03-04T23:30:00-05:00" is March 4, in the page's own offset,
    /// because that is the day the outlet says it published (converting to UTC would move it).
    /// </summary>
    public static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var m = IngestRegex.IsoDatePrefix().Match(value);
        if (m.Success)
        {
            return DateOnly.TryParseExact(m.Value.Trim()[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : null;
        }

        // Only complete dates: free-form parsing would fill a missing year from the clock.
        return ParseRfc822(value) is { } r ? DateOnly.FromDateTime(r.DateTime) : null;
    }

    /// <summary>A full timestamp: ISO 8601 (Atom) or RFC 822 (RSS). Null when it is neither.</summary>
    public static DateTimeOffset? ParseTimestamp(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (ParseRfc822(value) is { } r) return r;
        return IngestRegex.IsoDatePrefix().IsMatch(value) && DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto)
            ? dto
            : null;
    }

    private static readonly Dictionary<string, int> ZoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
        ["KST"] = 9, ["JST"] = 9,
    };

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static DateTimeOffset? ParseRfc822(string value)
    {
        var m = IngestRegex.Rfc822().Match(value);
        if (!m.Success) return null;
        var month = Array.IndexOf(Months, m.Groups[2].Value.ToLowerInvariant()) + 1;
        if (month == 0) return null;
        var day = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        if (year < 100) year += year < 50 ? 2000 : 1900;
        var hour = int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(m.Groups[5].Value, CultureInfo.InvariantCulture);
        var second = m.Groups[6].Success ? int.Parse(m.Groups[6].Value, CultureInfo.InvariantCulture) : 0;
        var zone = m.Groups[7].Success ? m.Groups[7].Value : "GMT";
        TimeSpan offset;
        if (zone[0] is '+' or '-')
        {
            var hh = int.Parse(zone.AsSpan(1, 2), CultureInfo.InvariantCulture);
            var mm = int.Parse(zone.AsSpan(3, 2), CultureInfo.InvariantCulture);
            offset = new TimeSpan(hh, mm, 0) * (zone[0] == '-' ? -1 : 1);
        }
        else if (ZoneHours.TryGetValue(zone, out var h))
        {
            offset = TimeSpan.FromHours(h);
        }
        else
        {
            return null;
        }

        if (year < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month) || hour > 23 || minute > 59 || second > 59 || offset.Duration() > TimeSpan.FromHours(14))
        {
            return null;
        }

        return new DateTimeOffset(year, month, day, hour, minute, second, offset);
    }
}
