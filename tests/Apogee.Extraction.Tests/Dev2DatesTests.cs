using System.Globalization;
using Apogee.Extraction.Dates;

namespace Apogee.Extraction.Tests;

/// <summary>
/// Whose day a day word names, and the launch day told by the story as a whole (synthetic sentences written for
/// these tests in the styles of wire, US, British and Korean outlets).
/// </summary>
public class Dev2DatesTests
{
    private static readonly DateResolver Resolver = new();

    private static DateOnly? D(string? s) => s is null ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("North Korea fired two short-range ballistic missiles toward the East Sea on Friday, South Korea's military said.", "Friday", DayRole.Launch)]
    [InlineData("The North's attempted missile launch on Sunday ended in failure, the agency reported.", "Sunday", DayRole.Launch)]
    [InlineData("A rocket exploded early Saturday shortly after lift-off.", "Saturday", DayRole.Launch)]
    [InlineData("Officials confirmed another missile test by the North Friday morning local time.", "Friday", DayRole.Launch)]
    [InlineData("The leader personally watched Thursday's launch of the new rocket.", "Thursday", DayRole.Launch)]
    [InlineData("On Monday, North Korea launched a ballistic missile into the sea.", "Monday", DayRole.Launch)]
    [InlineData("Pyongyang on Tuesday fired a cruise missile, the military said.", "Tuesday", DayRole.Launch)]
    [InlineData("A defence official said on Wednesday morning that the North had fired a missile.", "Wednesday", DayRole.Other)]
    [InlineData("Tokyo on Tuesday said such provocations were unacceptable.", "Tuesday", DayRole.Other)]
    [InlineData("The Security Council condemned the launch on Monday.", "Monday", DayRole.Launch)]
    [InlineData("The ambassador told the council in a speech before the assembly Wednesday that the test was an escalation.", "Wednesday", DayRole.Other)]
    [InlineData("The premier's comments Saturday came a day after the country fired its latest missile.", "Saturday", DayRole.Other)]
    [InlineData("Two bombers flew over the peninsula on Saturday in response to the missile test.", "Saturday", DayRole.Other)]
    [InlineData("On Tuesday, the United States will test its missile defence system.", "Tuesday", DayRole.NotThisDay)]
    [InlineData("It was the third launch since last Sunday.", "Sunday", DayRole.NotThisDay)]
    [InlineData("The leader signed the order to launch on Saturday, the announcer said.", "Saturday", DayRole.Neutral)]
    [InlineData("The latest launch came after the leader inspected the test-firing of an anti-air missile on Wednesday.", "Wednesday", DayRole.NotThisDay)]
    [InlineData("Tensions rose ahead of the April 15 anniversary of the founder's birth.", "April 15", DayRole.Other)]
    [InlineData("The North had given a Feb. 8-25 time frame for the launch.", "Feb. 8", DayRole.NotThisDay)]
    [InlineData("The drill was staged on July 26, a day before the anniversary of the armistice.", "July 26", DayRole.Launch)]
    public void A_day_word_is_the_launch_s_only_when_the_words_around_it_tell_of_the_launch(string sentence, string day, DayRole expected)
    {
        var at = sentence.IndexOf(day, StringComparison.Ordinal);
        Assert.Equal(expected, DayMentionClassifier.Classify(sentence, at, at + day.Length));
    }
}
