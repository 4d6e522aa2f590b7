namespace Apogee.Extraction.Tests;

/// <summary>
/// Relevance and actor on the phrasings real news uses and the dev set did not: reaction pieces, official statements
/// and headlines that name the launch as a noun; preparations, halts, lulls, analyses and old dated launches that are
/// not reports of one. Synthetic text written for these tests (no corpus text). Expectations as in
/// <see cref="GeneralisationTests"/>: "key=value;..." with keys rel, actor, cat, rc, basing, name.
/// </summary>
public class Dev2RelevanceTests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    [Theory]
    // Official statements and reaction pieces built around one launch name it as a noun.
    [InlineData("2023-07-12", "Statement by the National Security Council Spokesperson on the DPRK's Ballistic Missile Launch\n\nThe United States strongly condemns the Democratic People's Republic of Korea for its test of a long-range ballistic missile. This launch is a flagrant violation of multiple UN Security Council resolutions.", "rel=true;actor=North Korea;cat=ballistic")]
    [InlineData("2022-05-25", "Kremlin voices concern over new DPRK missile launch\n\nMOSCOW -- Russia on Wednesday voiced deep concern over the latest missile launch by the Democratic People's Republic of Korea, a Kremlin spokesman told reporters.", "rel=true;actor=North Korea")]
    [InlineData("2019-08-01", "Pentagon chief shrugs off North Korean missile test\n\nThe defence secretary spent most of his news conference on the budget. Asked about Pyongyang, he said only that talks remained the goal.", "rel=true;actor=North Korea")]
    [InlineData("2021-03-26", "Seoul convenes security meeting after Pyongyang's test of a new tactical guided missile\n\nPresident Moon's office said the national security council met for two hours.", "rel=true;actor=North Korea")]
    [InlineData("2016-02-08", "Tokyo lodges protest over Sunday's launch by North Korea\n\nJapan's foreign ministry said it had lodged a strong protest through diplomatic channels in Beijing.", "rel=true;actor=North Korea")]
    [InlineData("2020-04-23", "Washington condemns Iran's satellite launch\n\nThe State Department said the rocket used technology that is inseparable from ballistic missiles.", "rel=true;actor=Iran;cat=space_launch")]
    [InlineData("2023-05-31", "Russia condemned the North's failed satellite launch on Wednesday, calling it destabilising.", "rel=true;actor=North Korea")]
    // Launches that are planned, prepared, feared, halted or absent are not reports of one.
    [InlineData("2017-09-04", "North Korea readying missile launch, Seoul says\n\nSouth Korean officials said on Monday they had seen preparations for a missile launch near the capital.", "rel=false")]
    [InlineData("2017-04-14", "U.S. watches for possible North Korean missile test around anniversary\n\nAnalysts said a launch could come as early as Saturday.", "rel=false")]
    [InlineData("2018-04-21", "Kim says North Korea will suspend its ICBM test launches\n\nThe leader told a party meeting that further nuclear tests were no longer needed.", "rel=false")]
    [InlineData("2017-11-20", "North Korea hasn\u2019t fired a missile in 70 days, its longest lull this year, analysts say.", "rel=false")]
    [InlineData("2019-12-20", "Satellite images show new construction at North Korea's missile test site\n\nThe imagery, taken on Tuesday, shows a new building near the launch pad.", "rel=false")]
    [InlineData("2017-01-24", "Pyongyang, January 24 (KCNA) -- The U.S. is in a flutter after the DPRK's declaration of its ICBM test launch being readied at the final stage.", "rel=false")]
    [InlineData("2017-04-15", "Analysts fear a major provocation, such as a flight test of an ICBM capable of reaching the U.S. mainland.", "rel=false")]
    // Capability, generic plurals and analyses listing old launches by date are background.
    [InlineData("2017-05-03", "A report to Congress says North Korea has demonstrated the ability to fire several missiles launched in quick succession.", "rel=false")]
    [InlineData("2017-09-15", "The Kremlin is worried about more provocative launches, its spokesman said.", "rel=false")]
    [InlineData("2023-05-20", "Three bad options for dealing with Pyongyang\n\nNorth Korea tested a solid-fuel ICBM on April 13. It also staged a large artillery drill.", "rel=false")]
    [InlineData("2023-06-30", "How the North's arsenal has grown\n\nOn March 16, North Korea fired a Hwasong-17 toward the East Sea. The missile flew for 69 minutes, Japan said.", "rel=false")]
    [InlineData("2017-11-14", "Pyongyang's quiet autumn\n\nNorth Korea's last launch was on Sept. 15, when it fired a missile over Hokkaido. That missile flew far enough to reach Guam.", "rel=false")]
    // Headlines in the present tense report the launch; a habit, a nuclear device, an anniversary or a warning do not.
    [InlineData("2017-08-29", "Japan scrambles after North Korean missile flies over Hokkaido\n\nSirens sounded across the island.", "rel=true;actor=North Korea")]
    [InlineData("2024-01-28", "Iran launches Simorgh rocket with three satellites, state TV says", "rel=true;actor=Iran;cat=space_launch")]
    [InlineData("2023-12-26", "Houthis fire ballistic missile at Eilat, army says\n\nThe missile was intercepted over the Red Sea.", "rel=true;actor=Houthis;cat=ballistic")]
    [InlineData("2022-10-04", "Japan says North Korean missile fell outside its EEZ\n\nTokyo lodged a protest through its embassy in Beijing.", "rel=true;actor=North Korea")]
    [InlineData("2017-05-03", "The North regularly flight-tests a range of ballistic missiles that could carry nuclear warheads, the report says.", "rel=false")]
    [InlineData("2017-09-03", "North Korea says it tested a hydrogen bomb that can be loaded onto ICBMs\n\nThe device was detonated underground at Punggye-ri.", "rel=false")]
    [InlineData("2017-09-03", "North Korea conducts sixth nuclear test, days after missile launch\n\nThe blast registered as a magnitude 6.3 quake.", "rel=false")]
    [InlineData("2022-07-04", "North Korea marks fifth anniversary of its first ICBM test\n\nState media ran editorials praising the scientists.", "rel=false")]
    [InlineData("2017-04-13", "Trump warns North Korea against another missile test\n\nThe president spoke at the White House.", "rel=false")]
    [InlineData("2017-09-16", "South Korea's defence ministry announced a live-fire ballistic missile drill for next week.", "rel=false")]
    [InlineData("2017-04-14", "Japan on alert for North Korean missile launch\n\nThe defence minister ordered destroyers to stand by.", "rel=false")]
    [InlineData("2017-04-14", "Officials braced for a North Korean missile launch on Saturday, the anniversary of the founder's birth.", "rel=false")]
    [InlineData("2017-04-14", "Missile launch threat prompts evacuation drills in Japan", "rel=false")]
    public void Relevance_and_actor_follow_the_launch_the_story_is_built_around(string published, string text, string expected) =>
        Dev2Check.Run(Extractor, published, text, expected);

    [Theory]
    // The launching party is the subject of the launch verb or the party at the launch noun, not any party named.
    [InlineData("2021-01-04", "The United States and Israel said Iran launched a ballistic missile into the Gulf of Oman on Sunday.", "actor=Iran")]
    [InlineData("2017-07-04", "Russia's foreign ministry said North Korea fired a missile early on Tuesday.", "actor=North Korea")]
    [InlineData("2022-11-18", "Japan's defence minister said the missile launched by Pyongyang on Friday fell inside its economic zone.", "actor=North Korea")]
    [InlineData("2013-01-30", "South Korea launched its Naro rocket from the Naro Space Center on Wednesday, putting a satellite into orbit.", "actor=South Korea;cat=space_launch")]
    [InlineData("2018-02-27", "Japan launched an H-2A rocket carrying a radar reconnaissance satellite on Tuesday, the government said.", "actor=Japan;cat=space_launch")]
    public void The_actor_is_the_one_who_launched(string published, string text, string expected) =>
        Dev2Check.Run(Extractor, published, text, expected);
}
