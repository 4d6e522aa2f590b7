using System.Globalization;
using Apogee.Core.Model;

namespace Apogee.Extraction.Tests;

/// <summary>
/// Range class, category and actor in phrasings the tuned documents never used (issue #11): the class probes of
/// tools/class-probes (ClassProbes.tsv, written by its gen.py) must keep passing, and each rule they found has a table of
/// its own in several outlets' styles. Every sentence is written for these tests; none is copied from a report.
/// Keys as in <see cref="Dev2Check"/>: "a|b" lists the acceptable values.
/// </summary>
public class ClassProbeTests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    // 520 of the first 527 before branch classes2, which added probes2.py (98 more, 87 passing before its rules) and the
    // rules of ClassProbeRulesTests: 624 of 625 (left: a bomber flight "a day after North Korea launched an ICBM", whose gap
    // makes the ICBM another launch). Passing before the rules of this file (main b8eccc7): 483 of the 527; the 7 left are relevance misses
    // (a question for the relevance judge, not for the class rules), a bomber flight told as the launch, and "after an ICBM on
    // Monday" read as the story's.
    private const int Passing = 624;

    [Fact]
    public void The_class_probes_keep_passing()
    {
        var path = Path.Combine(Apogee.Testing.TestRepository.Root, "tests", "Apogee.Extraction.Tests", "ClassProbes.tsv");
        var failures = new List<string>();
        var rows = File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        foreach (var row in rows)
        {
            var cols = row.Split('\t');
            try
            {
                Dev2Check.Run(Extractor, cols[0], cols[3].Replace("\\n", "\n", StringComparison.Ordinal), cols[2]);
            }
            catch (Xunit.Sdk.XunitException ex)
            {
                failures.Add(ex.Message);
            }
        }

        Assert.True(rows.Count - failures.Count >= Passing, $"{rows.Count - failures.Count}/{rows.Count} pass, fewer than {Passing}:\n" + string.Join("\n", failures));
    }

    [Theory]
    [InlineData("North Korea said on Friday it had test-fired a new mid- to long-range missile on Thursday.", "rc=IRBM")]
    [InlineData("PYONGYANG, March 16 (KCNA) -- The DPRK test-fired a new-type intermediate- and long-range ballistic missile on Thursday.", "rc=IRBM;cat=ballistic")]
    [InlineData("North Korea test-fired what it called a mid-to-long-range solid-fuel missile on Thursday, NK News reported.", "rc=IRBM")]
    [InlineData("PYONGYANG, March 16 (KCNA) -- The medium long-range strategic ballistic rocket was launched on Thursday.", "rc=IRBM")]
    public void A_class_between_medium_and_long_range_is_intermediate(string text, string expected) =>
        Dev2Check.Run(Extractor, "2023-03-16", text, expected);

    [Theory]
    [InlineData("North Korea fired SRBMs toward the East Sea on Thursday, the South's military said.", "rc=SRBM;cat=ballistic")]
    [InlineData("TOKYO (Kyodo) -- North Korea test-launched IRBMs over Japan early Thursday, the government said.", "rc=IRBM;cat=ballistic")]
    [InlineData("Seoul says the North test-fired ICBMs on Thursday from near Pyongyang.", "rc=ICBM;cat=ballistic")]
    public void A_plural_class_acronym_after_a_launch_verb_is_what_was_launched(string text, string expected) =>
        Dev2Check.Run(Extractor, "2023-03-16", text, expected);

    [Theory]
    [InlineData("North Korea fired a missile on Thursday. Japan's defense ministry said the missile was a ballistic missile.")]
    [InlineData("North Korea launched a missile on Thursday. South Korea's military said it was a ballistic missile and was analysing further details.")]
    [InlineData("North Korea fired a missile on Thursday. The missile was thought to be a ballistic missile, the JCS said.")]
    [InlineData("North Korea fired a missile on Thursday, Japan said. Tokyo said the ballistic missile fell outside its exclusive economic zone.")]
    public void A_category_told_of_the_missile_after_the_launch_sentences_is_its_category(string text) =>
        Dev2Check.Run(Extractor, "2023-03-16", text, "cat=ballistic");

    [Theory]
    [InlineData("Trump lashes out at Beijing\n\nPresident Trump on Thursday criticised China's trade with Pyongyang after the regime's test of an intercontinental ballistic missile.", "rc=ICBM;cat=ballistic")]
    [InlineData("Tokyo lodged a protest on Thursday over North Korea's launch of two short-range ballistic missiles into the Sea of Japan.", "rc=SRBM;cat=ballistic")]
    [InlineData("Seoul condemned on Thursday the North's test-firing of a new intermediate-range missile, calling it a grave provocation.", "rc=IRBM")]
    [InlineData("Markets shrugged off Thursday's launch of a cruise missile by North Korea.", "cat=cruise")]
    public void A_launch_owned_as_a_noun_describes_what_was_launched(string text, string expected) =>
        Dev2Check.Run(Extractor, "2023-03-16", text, expected + ";actor=North Korea");

    [Theory]
    [InlineData("North Korea fired a missile into the sea on Thursday, Seoul said. Japan's prime minister condemned North Korea's latest ICBM test as an unacceptable provocation.", "rc=ICBM")]
    [InlineData("North Korea fired a missile on Thursday. Washington condemned Pyongyang's intercontinental ballistic missile launch in a statement.", "rc=ICBM;cat=ballistic")]
    [InlineData("North Korea fired a missile on Thursday. The Security Council met to discuss the North's IRBM launch.", "rc=IRBM")]
    [InlineData("North Korea fired a missile on Thursday. Analysts said North Korea's next ICBM test could come within weeks.", "rc=null")]
    [InlineData("North Korea fired a missile on Thursday. Seoul is bracing for Pyongyang's planned ICBM launch later this year.", "rc=null")]
    public void A_reaction_to_the_norths_owned_launch_tells_its_class_but_not_a_planned_ones(string text, string expected) =>
        Dev2Check.Run(Extractor, "2023-03-16", text, expected);

    [Theory]
    [InlineData("North Korea fired a ballistic missile on Thursday, its first launch since it tested an ICBM in November, the JCS said.", "rc=null;cat=ballistic")]
    [InlineData("North Korea fired a ballistic missile on Thursday, a week after its last ICBM test, Japan said.", "rc=null;cat=ballistic")]
    [InlineData("North Korea fired a short-range ballistic missile on Thursday, the first since North Korea last fired an intermediate-range missile.", "rc=SRBM")]
    public void Class_words_after_a_turn_to_an_earlier_launch_are_that_launchs(string text, string expected) =>
        Dev2Check.Run(Extractor, "2023-03-16", text, expected);

    [Theory]
    [InlineData("North Korea fired a missile on Thursday. Officials were still analysing whether it was an intercontinental ballistic missile.", "rc=null")]
    [InlineData("North Korea fired a missile on Thursday. It was unclear whether it was a ballistic missile or a cruise missile.", "cat=unknown")]
    [InlineData("North Korea fired a projectile on Thursday. It was not clear if it was a ballistic missile, the JCS said.", "cat=unknown")]
    public void A_class_asked_about_is_not_a_class_told(string text, string expected) =>
        Dev2Check.Run(Extractor, "2023-03-16", text, expected);

    [Theory]
    [InlineData("Japan's defense ministry said a ballistic missile was launched from North Korea on Thursday.")]
    [InlineData("South Korea's Joint Chiefs of Staff said it detected a ballistic missile launched from the Sunan area of Pyongyang on Thursday.")]
    [InlineData("South Korea detected the launch of a ballistic missile from North Korea's Pyongyang area on Thursday, the JCS said.")]
    [InlineData("Japan's Self-Defense Forces said they tracked a North Korean missile on Thursday that flew over Aomori.")]
    [InlineData("The U.S. Indo-Pacific Command said it was aware of a ballistic missile launch on Thursday and was consulting with allies.")]
    public void A_party_that_speaks_of_or_watches_the_launch_did_not_launch(string text) =>
        Dev2Check.Run(Extractor, "2023-03-16", text, "actor=North Korea");

    [Theory]
    [InlineData("Russia's foreign ministry urged restraint on Thursday after the launch of a ballistic missile.")]
    [InlineData("China's foreign ministry expressed concern on Thursday after the launch of an intercontinental ballistic missile.")]
    [InlineData("The U.S. Strategic Command said the missile launched on Thursday did not pose a threat to North America.")]
    public void A_party_that_reacts_to_the_launch_did_not_launch(string text) =>
        Dev2Check.Run(Extractor, "2023-03-16", text, "actor=North Korea");

    [Theory]
    [InlineData("North Korea fired a missile on Thursday. The missile was tracked by U.S. early-warning satellites, officials said.", "cat=unknown")]
    [InlineData("North Korea fired a missile on Thursday, Seoul said. Satellite imagery had shown activity at the launch site for days.", "cat=unknown")]
    [InlineData("North Korea fired a missile on Thursday. The missile was detected by South Korean and U.S. intelligence satellites.", "cat=unknown")]
    [InlineData("North Korea launched a rocket on Thursday that it said carried a satellite into orbit, defying warnings that it was a disguised ICBM test.", "cat=space_launch;rc=null")]
    [InlineData("North Korea's leader sought to show strength by launching a long-range rocket carrying a satellite.\nOn Thursday, the rocket broke apart after liftoff, officials said.", "cat=space_launch")]
    public void Satellites_that_watch_the_launch_are_no_satellite_launched(string text, string expected) =>
        Dev2Check.Run(Extractor, "2023-03-16", text, expected);

    [Theory]
    [InlineData("North Korea fired a long-range rocket on Thursday, defying UN resolutions that ban it from ballistic missile launches. The North said it carried an earth observation satellite.")]
    [InlineData("North Korea launched a long-range rocket on Thursday. Washington and Seoul see the launch as a test of ballistic missile technology. The rocket put a satellite into orbit, KCNA said.")]
    [InlineData("North Korea launched a long-range rocket on Thursday, saying it had placed a satellite in orbit. The United States called it a disguised ballistic missile test.")]
    public void A_rocket_that_carried_a_satellite_is_a_space_launch_whatever_others_call_it(string text) =>
        Dev2Check.Run(Extractor, "2023-03-16", text, "cat=space_launch;rc=null");

    [Theory]
    [InlineData("South Korea and the United States fired eight ballistic missiles into the sea on Thursday in response to North Korea's launch of eight missiles a day earlier.")]
    [InlineData("South Korea's military fired Hyunmoo missiles into the sea on Thursday in a show of force after North Korea launched a ballistic missile over Japan.")]
    [InlineData("The United States and South Korea fired four surface-to-surface missiles into the sea on Thursday in response to North Korea's ICBM launch.")]
    public void A_firing_that_answers_the_norths_launch_reports_the_norths_launch(string text) =>
        Dev2Check.Run(Extractor, "2023-03-16", text, "actor=North Korea");

    [Theory]
    [InlineData("The United States test-fired an unarmed Minuteman III ICBM from Vandenberg on Thursday, days after North Korea launched a missile.", "actor=United States;rc=ICBM")]
    [InlineData("South Korea's military said on Thursday it had test-fired a ballistic missile with a range of 800 km.", "actor=South Korea;cat=ballistic")]
    [InlineData("Iran said on Thursday it had successfully launched a satellite into orbit.", "actor=Iran;cat=space_launch")]
    public void A_party_that_launches_is_the_actor_even_beside_the_north(string text, string expected) =>
        Dev2Check.Run(Extractor, "2023-03-16", text, expected);

    [Theory]
    [InlineData("An unarmed Minuteman III intercontinental ballistic missile was launched from Vandenberg Space Force Base early Thursday, Air Force Global Strike Command said.", "actor=United States;rc=ICBM")]
    [InlineData("The Korea Aerospace Research Institute launched the Nuri space rocket on Thursday.", "actor=South Korea;cat=space_launch")]
    [InlineData("The Naro rocket blasted off from the Naro Space Center in Goheung on Thursday.", "actor=South Korea;cat=space_launch")]
    [InlineData("The Japan Aerospace Exploration Agency's H3 rocket blasted off from Tanegashima on Thursday.", "actor=Japan;cat=space_launch")]
    [InlineData("The Agency for Defense Development successfully test-fired a solid-fuel space rocket on Thursday, the defense ministry said.", "actor=South Korea")]
    [InlineData("An Agni-V missile was test-fired from an island off Odisha on Thursday, defence officials said.", "actor=India")]
    [InlineData("A ballistic missile was launched into the Sea of Japan on Thursday, the U.S. Navy said.", "actor=North Korea")]
    [InlineData("The Missile Defense Agency launched an interceptor from Kwajalein on Thursday and destroyed a target missile.", "actor=United States")]
    public void A_launch_system_agency_or_site_of_another_country_names_the_launcher(string text, string expected) =>
        Dev2Check.Run(Extractor, "2023-03-16", text, expected);

    [Fact]
    public void A_missiles_name_alone_gives_no_range_class()
    {
        // The gold records class words as written: "test-fired a Hwasong-15" names the type, it does not say "ICBM".
        var doc = new CleanDocument("probe", "memory", "North Korea test-fired a Hwasong-15 on Thursday, state media said.", new DocumentMetadata(DateOnly.ParseExact("2023-03-16", "yyyy-MM-dd", CultureInfo.InvariantCulture)), [], []);
        var e = Extractor.Extract(doc).Primary!;
        Assert.Equal(("Hwasong-15", null, "ballistic"), (e.MissileName, e.RangeClass, e.Category));
    }
}
