namespace Apogee.Extraction.Tests;

/// <summary>
/// Lead paragraphs that tell a launch by its flight alone ("overflew", "plunged", "passed over"), by the alert it set off
/// ("sirens warning that a missile was flying over"), or as the reason of a condemnation reached through what the launch
/// defied ("for defying world powers by test launching"). Synthetic text written for these tests (no corpus text);
/// expectations as in <see cref="Dev2RelevanceTests"/>.
/// </summary>
public class FlightVerbTests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    [Theory]
    [InlineData("2017-08-29", "Missile overflies Japan\n\nA North Korean missile overflew northern Japan early on Tuesday before falling into the Pacific, the government said.", "rel=true;actor=North Korea")]
    [InlineData("2019-10-02", "A North Korean ballistic missile plunged into the sea off Japan's west coast on Wednesday morning, officials in Tokyo said.", "rel=true;actor=North Korea;cat=ballistic")]
    [InlineData("2016-02-07", "Rocket passes over Okinawa\n\nA long-range rocket from North Korea passed over Okinawa on Sunday, the Japanese defence ministry said.", "rel=true;actor=North Korea")]
    [InlineData("2017-09-15", "North Korea's projectile, passing over Hokkaido, came down in the Pacific on Friday, Tokyo said.", "rel=true;actor=North Korea")]
    [InlineData("2017-09-15", "Residents of Hokkaido were woken on Friday by sirens warning that a North Korean missile was flying over the island.", "rel=true;actor=North Korea")]
    [InlineData("2017-08-29", "Phone alerts warning that a missile from North Korea was flying over the region woke people in Aomori early on Tuesday.", "rel=true;actor=North Korea")]
    [InlineData("2016-02-07", "Loudspeakers warning that a North Korean rocket was passing over Okinawa blared across the island on Sunday.", "rel=true;actor=North Korea")]
    [InlineData("2017-07-29", "UN council meets\n\nThe council condemned North Korea on Saturday for defying world powers by test launching an intercontinental ballistic missile.", "rel=true;actor=North Korea;rc=ICBM")]
    [InlineData("2022-03-25", "Washington denounced Pyongyang for flouting UN resolutions by launching two ballistic missiles on Thursday.", "rel=true;actor=North Korea;cat=ballistic")]
    [InlineData("2021-09-28", "The European Union criticised the DPRK over violating its obligations with test-firing a new missile on Monday.", "rel=true;actor=North Korea")]
    public void A_lead_that_tells_the_flight_reports_the_launch(string published, string text, string expected) =>
        Dev2Check.Run(Extractor, published, text, expected);

    [Theory]
    // The flight of a missile that was not launched, and aircraft that fly too.
    [InlineData("2017-08-30", "Japan said it would shoot down any missile that passed over its territory.", "rel=false")]
    [InlineData("2017-08-30", "If a missile plunged into Japanese waters, Tokyo would respond, the minister said.", "rel=false")]
    [InlineData("2017-09-18", "US B-1B bombers passed over the Korean peninsula on Monday in a show of force, the air force said.", "rel=false")]
    // Sirens that will warn, and a warning beside a condemnation, still hedge.
    [InlineData("2017-09-20", "Sirens will warn residents if a missile is flying over the island, officials said.", "rel=false")]
    [InlineData("2017-07-30", "The council condemned North Korea for defying world powers, and warned it against test launching another missile.", "rel=false")]
    public void A_flight_that_did_not_happen_reports_nothing(string published, string text, string expected) =>
        Dev2Check.Run(Extractor, published, text, expected);
}
