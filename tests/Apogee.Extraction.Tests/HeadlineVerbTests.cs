namespace Apogee.Extraction.Tests;

/// <summary>
/// Headline present tenses and flight verbs other outlets use ("lobs", "hurls", "crosses Japan", "crossed over"), and
/// the headline possessive "North's" without its article. Synthetic text; expectations as in
/// <see cref="Dev2RelevanceTests"/>.
/// </summary>
public class HeadlineVerbTests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    [Theory]
    [InlineData("2023-07-12", "Pyongyang lobs long-range missile into sea as leaders head to summit\n\nThe weapon flew for about 74 minutes, officials said.", "rel=true;actor=North Korea")]
    [InlineData("2019-05-04", "North Korea hurls projectiles into sea off east coast, Seoul says", "rel=true;actor=North Korea")]
    [InlineData("2022-10-04", "Residents told to take cover as missile crosses Japan\n\nPeople in Aomori were told to shelter early Tuesday after a North Korean missile crossed over Japan for the first time in five years.", "rel=true;actor=North Korea")]
    [InlineData("2017-09-15", "A ballistic missile from North Korea crossed Hokkaido on Friday before falling into the Pacific.", "rel=true;actor=North Korea;cat=ballistic")]
    [InlineData("2023-12-18", "Japan's PM condemns North's ICBM launch as 'absolutely unacceptable'\n\nThe prime minister told reporters on Monday the missile may have fallen inside Japan's economic zone.", "rel=true;actor=North Korea;rc=ICBM")]
    [InlineData("2024-01-15", "Seoul says North's missile test was a solid-fuel IRBM", "rel=true;actor=North Korea")]
    [InlineData("2023-03-16", "Tokyo protests North's missile launch, the fourth this month", "rel=true;actor=North Korea")]
    public void Headline_verbs_and_possessives_report_the_launch(string published, string text, string expected) =>
        Dev2Check.Run(Extractor, published, text, expected);

    [Theory]
    [InlineData("2023-07-12", "The coach lobs questions at reporters after the missile scare.", "rel=false")]
    [InlineData("2017-09-15", "Kim vows a missile would cross Japan if the drills went ahead.", "rel=false")]
    [InlineData("2020-01-01", "The North's missile programme crossed a threshold in 2017, analysts say.", "rel=false")]
    public void Other_lobs_and_crossings_report_nothing(string published, string text, string expected) =>
        Dev2Check.Run(Extractor, published, text, expected);
}
