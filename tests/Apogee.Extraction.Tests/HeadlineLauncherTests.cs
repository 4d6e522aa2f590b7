namespace Apogee.Extraction.Tests;

/// <summary>The headline's launch system or agency names the launcher when the primary sentence names none.</summary>
public class HeadlineLauncherTests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    [Theory]
    [InlineData("2020-04-22", "Iran's Revolutionary Guards launch first military satellite\n\nThe Noor satellite was put into orbit by a carrier launched from a desert site on Wednesday.", "rel=true;actor=Iran")]
    [InlineData("2023-03-07", "JAXA's H3 carries satellite on maiden flight\n\nThe rocket lifted off at 10:37 a.m. on Tuesday.", "rel=true;actor=Japan")]
    [InlineData("2023-11-06", "Air Force Global Strike Command tests unarmed ICBM\n\nThe missile was launched early Monday and flew 4,200 miles.", "rel=true;actor=United States")]
    // The headline names North Korea, or names nothing: the default stands.
    [InlineData("2023-03-07", "North Korea fires missile as JAXA readies H3\n\nThe missile was launched early Tuesday, the South's military said.", "rel=true;actor=North Korea")]
    [InlineData("2023-03-07", "Missile lands in sea\n\nThe missile was launched early Tuesday, officials said.", "rel=true;actor=North Korea")]
    public void The_headline_names_the_launcher_the_lead_leaves_out(string published, string text, string expected) =>
        Dev2Check.Run(Extractor, published, text, expected);
}
