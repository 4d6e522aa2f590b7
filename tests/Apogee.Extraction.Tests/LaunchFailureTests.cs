namespace Apogee.Extraction.Tests;

/// <summary>
/// Failures told by their timing ("seconds after liftoff", "minutes after the launch from Tanegashima") are launches
/// that happened; a liftoff still to come is not. Synthetic text; expectations as in <see cref="Dev2RelevanceTests"/>.
/// </summary>
public class LaunchFailureTests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    [Theory]
    [InlineData("2023-03-07", "Japan destroys H3 rocket after second stage fails to ignite\n\nJAXA sent a self-destruct command minutes after the launch from Tanegashima on Tuesday.", "rel=true;actor=Japan")]
    [InlineData("2023-05-31", "Rocket explodes\n\nThe rocket exploded seconds after liftoff from the Sohae station on Tuesday, officials said.", "rel=true;actor=North Korea")]
    [InlineData("2023-03-07", "H3 rocket fails\n\nThe second stage of Japan's H3 rocket failed to ignite after liftoff on Tuesday, forcing JAXA to destroy it.", "rel=true;actor=Japan")]
    [InlineData("2012-04-13", "Rocket breaks apart\n\nThe rocket broke apart moments after its lift-off from the west coast on Friday, Seoul said.", "rel=true;actor=North Korea")]
    [InlineData("2023-05-30", "Launch window opens\n\nThe stages would separate seconds after liftoff, a notice to mariners said.", "rel=false")]
    [InlineData("2023-05-30", "Japan braces for the launch from Sohae expected next week, officials said.", "rel=false")]
    public void A_failure_told_by_its_timing_is_a_launch(string published, string text, string expected) =>
        Dev2Check.Run(Extractor, published, text, expected);
}
