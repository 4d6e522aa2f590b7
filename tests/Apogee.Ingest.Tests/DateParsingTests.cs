using System.Globalization;
using Apogee.Ingest.Reading;

namespace Apogee.Ingest.Tests;

public class DateParsingTests
{
    [Theory]
    [InlineData("2026-03-04", "2026-03-04")]
    [InlineData("2026-03-04T23:30:00-05:00", "2026-03-04")]
    [InlineData("2026-03-05T00:30:00+09:00", "2026-03-05")]
    [InlineData(" 2026-03-04 10:00 ", "2026-03-04")]
    [InlineData("Wed, 04 Mar 2026 23:30:00 -0500", "2026-03-04")]
    [InlineData("2026-02-30", null)]
    [InlineData("March 4", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Dates_keep_the_day_as_written(string? value, string? expected)
    {
        Assert.Equal(expected, DateParsing.ParseDate(value)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Tue, 03 Mar 2026 22:00:00 GMT", "2026-03-03T22:00:00+00:00")]
    [InlineData("3 Mar 26 22:00 EST", "2026-03-03T22:00:00-05:00")]
    [InlineData("2026-03-03T22:00:00+09:00", "2026-03-03T22:00:00+09:00")]
    [InlineData("Tue, 32 Mar 2026 22:00:00 GMT", null)]
    [InlineData("Tue, 03 Mar 2026 22:00:00 XYZ", null)]
    public void Timestamps_parse_rfc822_and_iso(string value, string? expected)
    {
        Assert.Equal(expected, DateParsing.ParseTimestamp(value)?.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
    }
}
