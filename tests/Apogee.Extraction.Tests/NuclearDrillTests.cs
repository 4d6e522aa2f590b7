namespace Apogee.Extraction.Tests;

/// <summary>
/// A nuclear attack or counterattack drill in which missiles were fired is a launch; a nuclear device tested is not.
/// Synthetic text in the styles of state media and wire copy; expectations as in <see cref="Dev2RelevanceTests"/>.
/// </summary>
public class NuclearDrillTests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    [Theory]
    [InlineData("2023-09-13", "Pyongyang, September 13 (KCNA) -- The DPRK conducted a simulated tactical nuclear attack drill on September 2, in which two long-range strategic cruise missiles tipped with mock warheads were fired.", "rel=true;actor=North Korea;cat=cruise")]
    [InlineData("2023-03-20", "North Korea staged a two-day nuclear counterattack drill over the weekend, firing a tactical ballistic missile that exploded in the air, state media said.", "rel=true;actor=North Korea")]
    [InlineData("2023-08-31", "The North carried out a tactical nuclear strike exercise on Wednesday night, launching two short-range ballistic missiles toward the sea, Seoul said.", "rel=true;actor=North Korea;cat=ballistic")]
    [InlineData("2017-09-03", "North Korea conducted a nuclear test on Sunday, its sixth, days after a missile launch.", "rel=false")]
    [InlineData("2016-09-09", "Pyongyang tested a nuclear warhead that can be mounted on ballistic missiles, state media said.", "rel=false")]
    [InlineData("2023-03-28", "North Korea unveiled new nuclear warheads that can be loaded onto missiles, KCNA said.", "rel=false")]
    public void A_nuclear_drill_that_fired_missiles_is_a_launch(string published, string text, string expected) =>
        Dev2Check.Run(Extractor, published, text, expected);
}
