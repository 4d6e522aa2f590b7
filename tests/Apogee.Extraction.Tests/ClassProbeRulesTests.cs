namespace Apogee.Extraction.Tests;

/// <summary>
/// The rules the second set of class probes found (tools/class-probes/probes2.py, branch classes2), each in phrasings of
/// several outlets' styles other than the probes' own. Every sentence is written for these tests; none is copied from a
/// report. Keys as in <see cref="Dev2Check"/>: "a|b" lists the acceptable values.
/// </summary>
public class ClassProbeRulesTests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    private static void Check(string text, string expected) => Dev2Check.Run(Extractor, "2023-03-16", text, expected);

    [Theory]
    [InlineData("Tokyo on Thursday slammed Pyongyang for launching a ballistic missile over Hokkaido.", "rel=true;actor=North Korea;cat=ballistic")]
    [InlineData("NATO's secretary general criticised North Korea over firing an intermediate-range missile on Thursday.", "rel=true;actor=North Korea;rc=IRBM")]
    [InlineData("The State Department on Thursday denounced the DPRK for test-firing an ICBM.", "rel=true;actor=North Korea;rc=ICBM")]
    [InlineData("The White House condemned North Korea on Thursday for launching an intercontinental ballistic missile.", "rel=true;actor=North Korea;rc=ICBM")]
    public void A_launch_a_reaction_gives_as_its_reason_happened(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("Australia's foreign minister on Thursday condemned the launch by the DPRK as reckless.", "rel=true;actor=North Korea")]
    [InlineData("Beijing said it had taken note of the latest launch and called for calm.", "rel=true;actor=North Korea")]
    [InlineData("The Japanese government is analysing the launch by North Korea, a spokesman said on Thursday.", "rel=true;actor=North Korea")]
    [InlineData("China's foreign ministry said on Thursday it had noted the launch and urged restraint.", "rel=true;actor=North Korea")]
    [InlineData("Officials are preparing for a launch by North Korea as early as next week.", "rel=false")]
    public void A_statement_names_the_launch_by_its_agent_or_after_a_reaction_verb(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("Leaders of the G7 will hold a phone call on Friday about North Korea's ICBM launch.", "rel=true;actor=North Korea;rc=ICBM")]
    [InlineData("The UN Security Council is set to convene on Friday over Pyongyang's launch of an intermediate-range missile.", "rel=true;actor=North Korea;rc=IRBM")]
    [InlineData("South Korea's National Security Council will meet to discuss the North's missile launch, the presidential office said.", "rel=true;actor=North Korea")]
    [InlineData("The Security Council will meet on Friday to discuss a possible missile launch.", "rel=false")]
    public void A_future_meeting_about_a_launch_does_not_hedge_the_launch(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("Japan's defense ministry said a possible ballistic missile was launched from North Korea on Thursday.", "rel=true;actor=North Korea;cat=ballistic")]
    [InlineData("The coast guard said a possible missile had been fired by North Korea.", "rel=true;actor=North Korea")]
    [InlineData("Japan's coast guard said on Thursday that a possible ballistic missile had been fired from the Korean Peninsula.", "rel=true;actor=North Korea")]
    [InlineData("Japan warned of a possible missile launch by North Korea this week.", "rel=false")]
    public void A_possible_missile_is_a_doubt_about_the_kind_not_the_launch(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("Saudi air defences intercepted a ballistic missile fired from Yemen on Thursday, the coalition said.", "rel=true;actor=Houthis;cat=ballistic")]
    [InlineData("The Israeli military said it had intercepted a missile launched from Yemen.", "rel=true;actor=Houthis")]
    [InlineData("Israel's Arrow system intercepted a ballistic missile launched from Yemen on Thursday, the military said.", "rel=true;actor=Houthis;cat=ballistic")]
    [InlineData("Japan ordered its destroyers to intercept any missile launched toward its territory.", "rel=false")]
    public void What_was_intercepted_was_launched_by_another(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("Japan's H-2A rocket placed a spy satellite in orbit on Thursday.", "rel=true;actor=Japan;cat=space_launch")]
    [InlineData("India's PSLV put three satellites into orbit from Sriharikota on Thursday.", "rel=true;actor=India;cat=space_launch")]
    [InlineData("North Korea said on Thursday it had put a reconnaissance satellite into orbit.", "rel=true;actor=North Korea;cat=space_launch")]
    [InlineData("South Korea's homegrown Nuri rocket put a satellite into orbit on Thursday, the science ministry said.", "rel=true;actor=South Korea;cat=space_launch")]
    [InlineData("The technology has already put two satellites into orbit.", "rel=false")]
    [InlineData("North Korea plans to put a satellite into orbit next month.", "rel=false")]
    public void A_satellite_put_into_orbit_was_launched(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("North Korea fired a cruise missile on Thursday, its second launch this week following an IRBM on Monday.", "rc=null;cat=cruise")]
    [InlineData("North Korea launched a short-range ballistic missile on Thursday, days after testing an ICBM.", "rc=SRBM;cat=ballistic")]
    [InlineData("North Korea fired two ballistic missiles on Thursday, a week after it launched an intermediate-range missile over Japan.", "rc=null;cat=ballistic")]
    [InlineData("North Korea fired a ballistic missile on Thursday, the third launch this week after an ICBM on Monday.", "rc=null;cat=ballistic")]
    public void Class_words_after_a_turn_to_another_days_launch_are_that_launchs(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("North Korea fired a missile on Thursday. Its ICBMs can now reach the whole of the United States.", "rc=null")]
    [InlineData("North Korea fired a Hwasong-12 on Thursday. Analysts say its intercontinental missiles could eventually hit New York.", "rc=null|IRBM")]
    [InlineData("North Korea launched a ballistic missile on Thursday. Pyongyang's IRBMs would be able to strike Guam.", "rc=null;cat=ballistic")]
    public void A_class_word_for_what_such_missiles_could_do_is_no_class_of_the_launch(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("North Korea test-fired an SLBM from a submarine off Sinpo on Thursday, the JCS said.")]
    [InlineData("Seoul said the North launched what appeared to be an SLBM on Thursday.")]
    [InlineData("PYONGYANG, March 16 (KCNA) -- The DPRK test-fired a new-type SLBM on Thursday.")]
    public void An_slbm_is_a_ballistic_missile(string text) => Check(text, "cat=ballistic;basing=submarine;rc=null");

    [Theory]
    [InlineData("North Korea fired a missile on Thursday, the JCS said. The U.S. answered by firing two ballistic missiles of its own.")]
    [InlineData("North Korea fired a missile on Thursday. South Korea retaliated by firing two ballistic missiles into the sea.")]
    [InlineData("North Korea fired a missile off its east coast on Thursday, Seoul said. South Korea responded by firing two ballistic missiles of its own into the sea.")]
    public void A_party_answering_by_firing_lends_the_story_no_class(string text) => Check(text, "actor=North Korea;cat=unknown");
}
