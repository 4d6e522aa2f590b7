namespace Apogee.Extraction.Tests;

/// <summary>
/// Missile-defence tests are the tester's launches: the U.S. side shooting down a target no other party launched. An
/// interception of another party's missile stays that party's launch. Synthetic text; expectations as in
/// <see cref="Dev2RelevanceTests"/>.
/// </summary>
public class InterceptTestActorTests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    [Theory]
    [InlineData("2017-05-30", "US intercepts target in missile test\n\nThe Pentagon successfully shot down an intercontinental ballistic missile using its own interceptor on Tuesday, in what was seen as a test of its ability to counter a North Korean launch.", "rel=true;actor=United States")]
    [InlineData("2017-05-30", "The U.S. military shot down a mock ICBM over the Pacific on Tuesday, a test meant to show it could stop a North Korean attack.", "rel=true;actor=United States")]
    [InlineData("2019-03-25", "The Missile Defense Agency shot down two target missiles over the Pacific on Monday in a salvo test.", "rel=true;actor=United States")]
    [InlineData("2017-05-30", "The Pentagon launched an unarmed intercontinental ballistic missile on Tuesday, officials said.", "rel=true;actor=United States")]
    // Another party's missile, and an answer to North Korea's launch.
    [InlineData("2017-05-30", "The U.S. military shot down a North Korean missile over the Pacific on Tuesday.", "rel=true;actor=North Korea")]
    [InlineData("2023-10-20", "The U.S. Navy intercepted a missile launched from Yemen on Thursday, the Pentagon said.", "rel=true;actor=Houthis")]
    [InlineData("2017-07-05", "The US military fired two missiles into the sea on Wednesday in response to North Korea's launch on Tuesday.", "rel=true;actor=North Korea")]
    [InlineData("2017-07-05", "A missile was launched early on Tuesday and flew 900 km, the Pentagon said.", "rel=true;actor=North Korea")]
    public void A_defence_test_is_the_testers_launch(string published, string text, string expected) =>
        Dev2Check.Run(Extractor, published, text, expected);
}
