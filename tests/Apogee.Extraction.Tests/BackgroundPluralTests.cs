namespace Apogee.Extraction.Tests;

/// <summary>
/// Plural launches of a period ("the missile launches by North Korea last year") are background; "fell" and "landed"
/// tell a launch only where they say where something came down ("Bookings fell after ..." does not). Synthetic text;
/// expectations as in <see cref="Dev2RelevanceTests"/>.
/// </summary>
public class BackgroundPluralTests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    [Theory]
    [InlineData("2023-02-01", "Seoul and Washington expand drills\n\nThe allies agreed to expand exercises in the wake of the missile launches by North Korea last year.", "rel=false")]
    [InlineData("2017-10-01", "Tourism in Japan's north hit\n\nBookings in Hokkaido fell after the missile launches by Pyongyang over the summer, operators said.", "rel=false")]
    [InlineData("2022-12-16", "Japan doubles defence budget\n\nThe plan follows the missile launches by the North this year, officials said.", "rel=false")]
    [InlineData("2020-03-10", "Shares in Seoul fell on Tuesday as investors worried about missiles and the virus.", "rel=false")]
    // One day's launches, and missiles that came down.
    [InlineData("2016-09-06", "China urged restraint on Tuesday after the missile launches by North Korea on Monday.", "rel=true;actor=North Korea")]
    [InlineData("2017-08-29", "The missile fell into the Pacific about 1,180 km east of Hokkaido, Japan said.", "rel=true;actor=North Korea")]
    [InlineData("2023-04-13", "A North Korean ballistic missile landed outside Japan's exclusive economic zone on Thursday, Tokyo said.", "rel=true;actor=North Korea;cat=ballistic")]
    [InlineData("2017-07-29", "The ICBM fell some 200 km west of Okushiri island late on Friday, officials said.", "rel=true;actor=North Korea;rc=ICBM")]
    public void Launches_of_a_period_are_background_and_a_fall_is_where_it_came_down(string published, string text, string expected) =>
        Dev2Check.Run(Extractor, published, text, expected);
}
