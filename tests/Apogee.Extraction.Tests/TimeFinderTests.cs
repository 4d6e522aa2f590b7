using Apogee.Extraction.Dates;

namespace Apogee.Extraction.Tests;

public class TimeFinderTests
{
    [Theory]
    [InlineData("The missile was fired at 7:27 a.m.", "07:27")]
    [InlineData("The missile was fired at around 10 a.m. local time.", "10:00")]
    [InlineData("It was launched at 3:15 p.m. (KST).", "15:15")]
    [InlineData("It was launched at 11:20 JST.", "11:20")]
    [InlineData("It was launched at 2250 GMT, or 22:50 GMT.", "07:50")]
    public void Reads_launch_times_as_24_hour_local_time(string sentence, string expected)
    {
        Assert.Contains(TimeFinder.Find(sentence), f => f.Value.Text == expected);
    }

    [Theory]
    [InlineData("fired on Tuesday morning", "morning")]
    [InlineData("fired early at dawn", "morning")]
    [InlineData("launched in the afternoon", "afternoon")]
    [InlineData("launched late at night", "night")]
    public void Reads_parts_of_day_from_words(string sentence, string expected)
    {
        Assert.Equal(expected, TimeFinder.PartOfDayWord(sentence));
    }

    [Theory]
    [InlineData("07:27", "morning")]
    [InlineData("13:00", "afternoon")]
    [InlineData("19:30", "evening")]
    [InlineData("02:10", "night")]
    public void Derives_the_part_of_day_from_a_time(string time, string expected)
    {
        Assert.Equal(expected, TimeFinder.PartOfDayOf(time));
    }
}
