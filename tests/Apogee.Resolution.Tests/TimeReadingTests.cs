using System.Globalization;

namespace Apogee.Resolution.Tests;

/// <summary>Matching reads launch times by hand; it must read exactly the times the framework's "HH:mm" parser reads.</summary>
public sealed class TimeReadingTests
{
    [Theory]
    [InlineData("09:30")]
    [InlineData("00:00")]
    [InlineData("23:59")]
    [InlineData("9:30")]
    [InlineData("09:3")]
    [InlineData("24:00")]
    [InlineData("23:60")]
    [InlineData(" 09:30")]
    [InlineData("09:30 ")]
    [InlineData("09:30:00")]
    [InlineData("\u0660\u0669:\u0663\u0660")] // Arabic-Indic digits
    [InlineData("\uff11\uff12:\uff13\uff10")] // full-width digits
    [InlineData("09.30")]
    [InlineData("0930")]
    [InlineData("+9:30")]
    [InlineData("12:30Z")]
    [InlineData("09:30\0")]
    [InlineData("")]
    [InlineData(null)]
    public void A_time_matches_itself_exactly_when_the_framework_parser_reads_it(string? time)
    {
        var parsed = TimeOnly.TryParseExact(time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
        Assert.Equal(parsed ? 2 : 0, EventMatcher.TimeScore(time, time));
    }

    [Theory]
    [InlineData("09:30", "10:00", 2.0)]
    [InlineData("09:30", "10:01", 0.0)]
    [InlineData("09:30", "11:30", 0.0)]
    [InlineData("09:30", "11:31", null)] // more than two hours apart: two launches
    [InlineData("23:50", "00:10", 2.0)] // across midnight
    public void Times_score_by_their_gap(string a, string b, double? score) =>
        Assert.Equal(score, EventMatcher.TimeScore(a, b));
}
