using System.Globalization;
using Apogee.Core.Model;
using Apogee.Extraction.Sentences;

namespace Apogee.Extraction.Tests;

/// <summary>
/// The classes of phrasing the spent held-out third of dev2 showed (docs/EXTRACTION.md "The held-out third, spent"),
/// each in several outlets' styles, with the phrasings the rule must leave alone. Synthetic text written for these
/// tests (no corpus text); expectations as in <see cref="GeneralisationTests"/> ("has.F=V": some claim of F is V).
/// </summary>
public class HeldOutClassTests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    private static void Run(string published, string text, string expected)
    {
        var doc = new CleanDocument("synthetic", "memory", text, new DocumentMetadata(DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture)), [], []);
        var report = Extractor.Extract(doc);
        var failures = expected.Split(';').Select(p => p.Split('=', 2)).Select(kv => (kv[0], GeneralisationTests.Check(report, kv[0], kv[1])))
            .Where(f => f.Item2 is not null).Select(f => $"{f.Item1}: {f.Item2}").ToList();
        Assert.True(failures.Count == 0, text[..Math.Min(70, text.Length)] + ": " + string.Join(" | ", failures));
    }

    [Theory]
    // A statement wrapped at a fixed width, a wire story's plain-text copy, a paper's e-mail edition.
    [InlineData("The United States condemns the DPRK for its launch of a space\nlaunch vehicle using ballistic missile technology.", 1)]
    [InlineData("The projectiles were believed to have a\nrange of more than 200 km, the JCS said.", 1)]
    [InlineData("North Korea fired two short-range missiles off its east coast\nearly on Thursday, officials in Seoul said. They flew\nabout 400 km.", 2)]
    // Not a wrap: a headline before the story, a finished sentence, a paragraph break.
    [InlineData("North Korea fires missile\nThe launch came at dawn.", 2)]
    [InlineData("It flew 600 km.\nofficials in Tokyo said nothing more.", 2)]
    [InlineData("The launch was\n\nconfirmed later.", 2)]
    public void A_line_break_inside_a_sentence_does_not_split_it(string text, int sentences)
    {
        var split = new SentenceSplitter().Split(text);
        Assert.Equal(sentences, split.Count);
        Assert.All(split, s => Assert.Equal(text[s.Start..s.End], s.Text));
    }

    [Theory]
    [InlineData("2016-09-05", "North Korea fired three ballistic missiles toward Japan on Monday, the JCS said.\nThe weapons were all Rodong-class medium-range missiles, the Joint Chiefs said.", "rc=MRBM;name=Nodong")]
    [InlineData("2019-07-25", "North Korea fired two projectiles into the sea on Thursday, Japan's defence ministry said.\nBoth objects were believed to be short-range ballistic missiles, it said.", "rc=SRBM")]
    [InlineData("2017-08-29", "North Korea fired a missile over Japan on Tuesday.\nThe test, one of the most provocative yet, appeared to have been of an intermediate-range Hwasong-12 missile, experts said.", "rc=IRBM;name=Hwasong-12")]
    [InlineData("2022-10-04", "Pyongyang launched a missile over Japan early Tuesday.\nThe launch, its fifth in ten days, was of an intermediate-range ballistic missile, Tokyo said.", "rc=IRBM")]
    // Weapons that are a programme or an arsenal are not what was fired.
    [InlineData("2017-05-29", "North Korea fired a short-range ballistic missile on Monday, Seoul said.\nIts nuclear weapons and intercontinental ballistic missiles are banned under UN resolutions.", "rc=SRBM")]
    [InlineData("2017-05-29", "North Korea fired a short-range ballistic missile on Monday, Seoul said.\nThe weapons programme includes intercontinental ballistic missiles, analysts say.", "rc=SRBM")]
    public void An_identification_of_what_was_fired_classes_the_launch(string published, string text, string expected) =>
        Run(published, text, expected);

    [Theory]
    // US military and older spellings.
    [InlineData("2017-05-14", "The Pentagon said North Korea launched a ballistic missile on Sunday. It was launched near Kusung and landed in the Sea of Japan.", "site=Kusong")]
    [InlineData("2017-04-05", "North Korea fired a ballistic missile from the Wonson area on Wednesday, the U.S. Pacific Command said.", "site=Wonsan")]
    [InlineData("2017-05-14", "North Korea fired a new Hwasung-12 missile on Sunday, the South's military said.", "name=Hwasong-12")]
    // A person's name is no place.
    [InlineData("2017-07-04", "North Korea fired a missile on Tuesday, National Security Office director Chung Eui-yong told Song Young-moo.", "site=null")]
    public void Romanisation_variants_of_places_and_missiles_are_found(string published, string text, string expected) =>
        Run(published, text, expected);

    [Theory]
    [InlineData("2017-09-15", "North Korea fired an intermediate-range ballistic missile over Japan on Friday.\nJUST WATCHED Why does North Korea keep launching ICBMs?", "rc=IRBM;has.range_class=IRBM")]
    [InlineData("2023-07-12", "North Korea fired a short-range ballistic missile on Wednesday, Seoul said.\nWhat is a hypersonic missile?", "cat=ballistic;rc=SRBM")]
    [InlineData("2017-07-04", "North Korea fired a short-range missile on Tuesday.\nCould the North's ICBMs reach Alaska?", "rc=SRBM")]
    // A question inside a quote does not make the sentence one.
    [InlineData("2017-07-04", "North Korea fired a missile on Tuesday.\n\"Why now?\" one official asked, adding that it was an intermediate-range ballistic missile.", "rc=IRBM")]
    public void A_question_asserts_nothing_of_the_launch(string published, string text, string expected) =>
        Run(published, text, expected);

    [Theory]
    [InlineData("2017-07-04", "North Korea fired a missile on Tuesday. The missile traveled 580 miles for 39 minutes, Reuters reported.", "has.flight_time_min=39")]
    [InlineData("2017-07-04", "North Korea fired a missile on Tuesday. The rocket, which travelled for about 47 minutes, came down in the sea.", "has.flight_time_min=47")]
    [InlineData("2017-07-04", "North Korea fired a missile on Tuesday. U.S. Pacific Command said it detected the missile for 37 minutes before it landed in the sea.", "has.flight_time_min=37")]
    [InlineData("2017-07-04", "North Korea fired a missile on Tuesday. Japan's coast guard monitored it for about 40 minutes, officials said.", "has.flight_time_min=40")]
    // Timing the detection, or a person travelling, is no flight time.
    [InlineData("2017-07-04", "North Korea fired a missile on Tuesday. Japan detected the launch and issued an alert 10 minutes later.", "has.flight_time_min=none")]
    [InlineData("2017-07-04", "North Korea fired a missile on Tuesday. Kim traveled for five hours by train to watch the launch, KCNA said.", "has.flight_time_min=none")]
    public void Travel_and_tracking_time_the_flight(string published, string text, string expected) =>
        Run(published, text, expected);

    [Theory]
    [InlineData("2017-07-04", "North Korea fired a missile on Tuesday. It flew 930 km, but to strike the U.S. mainland it would need a range of at least 8,000 km.", "range=930;has.range_km=930")]
    [InlineData("2017-07-04", "North Korea fired a missile on Tuesday. It flew 930 km; reaching Hawaii requires a range of about 7,000 km.", "range=930")]
    [InlineData("2017-07-04", "North Korea fired a missile on Tuesday. The missile flew about 580 miles, but in order to hit Guam it would still need 3,400 km.", "range=933")]
    // What was flown stays.
    [InlineData("2017-07-04", "North Korea fired a missile on Tuesday. It flew 930 km before falling into the sea, officials said.", "range=930")]
    public void What_a_target_would_require_is_no_observed_figure(string published, string text, string expected) =>
        Run(published, text, expected);

    [Theory]
    [InlineData("2016-02-07", "North Korea launched a long-range rocket on Sunday.\nOn April 13, 2012, the DPRK launched a satellite that failed to reach orbit.", "refs=2012-04-13")]
    [InlineData("2016-02-07", "North Korea launched a long-range rocket on Sunday.\nThe North fired a Taepodong-1 rocket over Japan on Aug. 31, 1998.", "refs=1998-08-31")]
    [InlineData("2016-02-07", "North Korea launched a long-range rocket on Sunday.\nOn 5 April 2009 Pyongyang launched a rocket it said carried a satellite.", "refs=2009-04-05")]
    // A nuclear test with its year is no launch; a date without its year stays within three years.
    [InlineData("2016-02-07", "North Korea launched a long-range rocket on Sunday.\nIt conducted its first nuclear test on Oct. 9, 2006.", "refs=")]
    public void An_earlier_launch_dated_with_its_year_is_a_reference_however_old(string published, string text, string expected) =>
        Run(published, text, expected);

    [Theory]
    [InlineData("2017-04-29", "North Korea fired a missile on Saturday that exploded soon after launch.\nReports say the missile was a KN-17, a liquid-fuelled missile.", "src.missile_name=media")]
    [InlineData("2017-04-29", "North Korea fired a missile on Saturday that exploded soon after launch.\nThe missile was a KN-17, reports suggested.", "src.missile_name=media")]
    [InlineData("2017-04-29", "North Korea fired a missile on Saturday that exploded soon after launch.\nReports indicated the missile was a KN-17.", "src.missile_name=media")]
    // A news organ named before "reports" is the speaker.
    [InlineData("2017-04-29", "North Korea fired a missile on Saturday.\nKCNA reports said the missile was a Hwasong-12.", "src.missile_name=North Korea")]
    public void Unnamed_reports_are_media(string published, string text, string expected) =>
        Run(published, text, expected);

    [Theory]
    [InlineData("2017-07-04", "U.S. officials said North Korea launched an intermediate-range missile on Tuesday.\nNorth Korea later claimed that the missile was an intercontinental ballistic missile.", "src.range_class=North Korea")]
    [InlineData("2017-07-04", "U.S. officials said North Korea launched an intermediate-range missile on Tuesday.\nPyongyang has also said it was an intercontinental ballistic missile.", "src.range_class=North Korea")]
    [InlineData("2017-07-04", "U.S. officials said North Korea launched an intermediate-range missile on Tuesday.\nThe North itself announced the launch of an intercontinental ballistic missile.", "src.range_class=North Korea")]
    // The launching side that only fires does not speak.
    [InlineData("2017-07-04", "North Korea fired an intermediate-range missile on Tuesday, Seoul said.\nNorth Korea later fired two more short-range missiles, the JCS said.", "only.range_class=South Korea")]
    public void The_launching_side_speaks_with_an_adverb_before_its_verb(string published, string text, string expected) =>
        Run(published, text, expected);

    [Theory]
    [InlineData("2017-07-30", "Trump criticised China on Sunday for doing nothing.\nHis comments came a day after Pyongyang test-fired its second intercontinental ballistic missile in a month.", "rel=true;rc=ICBM")]
    [InlineData("2017-09-15", "Japan lodged a protest through diplomatic channels.\nThe protest came hours after North Korea fired an intermediate-range ballistic missile over Hokkaido.", "rel=true;rc=IRBM")]
    [InlineData("2019-05-10", "The White House said it was aware of the reports.\nThe statement comes just after the North launched two short-range ballistic missiles, Seoul said.", "rel=true;rc=SRBM")]
    // The launch itself coming after another, or a reaction long after, still sets the other launch apart.
    [InlineData("2017-07-31", "North Korea fired a short-range ballistic missile on Monday.\nThe launch came a day after it tested an intercontinental ballistic missile.", "rc=SRBM")]
    [InlineData("2017-07-31", "North Korea fired a short-range ballistic missile on Monday.\nSeoul's warning came two weeks after North Korea fired an intercontinental ballistic missile.", "rc=SRBM")]
    [InlineData("2017-07-31", "North Korea fired a short-range ballistic missile on Monday.\nThe sanctions came a day after it launched an intercontinental ballistic missile.", "rc=SRBM")]
    public void A_reaction_that_came_right_after_the_launch_tells_of_it(string published, string text, string expected) =>
        Run(published, text, expected);

    [Theory]
    [InlineData("2017-11-29", "North Korea fired a missile on Wednesday from the Sunan area near the North Korean capital of Pyongyang, the JCS said.", "site=Sunan;has.site=Sunan area")]
    [InlineData("2017-11-29", "North Korea fired a ballistic missile from the North Korean capital of Pyongyang on Wednesday, Seoul said.", "site=Pyongyang;has.site=Pyongyang")]
    [InlineData("2022-11-03", "The missile was launched from the capital of North Korea, Pyongyang, early Thursday, Japan said.", "site=Pyongyang;has.site=Pyongyang")]
    public void A_place_named_twice_over_is_one_site(string published, string text, string expected)
    {
        Run(published, text, expected);
        var doc = new CleanDocument("synthetic", "memory", text, new DocumentMetadata(DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture)), [], []);
        var sites = Extractor.Extract(doc).Primary!.Claims.Where(c => c.Field == Vocabulary.Fields.Site).Select(c => c.Value.ToString()).ToList();
        Assert.DoesNotContain("North Korean capital", sites);
        Assert.DoesNotContain("capital of North Korea", sites);
    }

    [Theory]
    [InlineData("2024-01-26", "North Korea fired cruise missiles on Wednesday, Seoul said.\nThe American intercontinental ballistic missile flew 4,200 miles into the Pacific from a base in California.", "has.range_class=none;has.range_km=none")]
    [InlineData("2017-07-04", "North Korea fired a ballistic missile on Tuesday, Seoul said.\nThe South Korean missile, which was launched from the country's east coast, hit a target at sea.", "site=null")]
    [InlineData("2017-07-04", "North Korea fired a ballistic missile on Tuesday, Seoul said.\nSouth Korea tests its new cruise missile that could reach Pyongyang.", "cat=ballistic;has.category=ballistic")]
    // A country's military that speaks of the North's missile is no launcher.
    [InlineData("2017-07-04", "North Korea fired a missile on Tuesday.\nThe U.S. military said the missile flew 930 km.", "range=930")]
    [InlineData("2017-07-04", "North Korea fired a missile on Tuesday.\nThe Japanese defence ministry said the ballistic missile flew 930 km.", "range=930;cat=ballistic")]
    public void Another_countrys_missile_in_flight_is_another_launch(string published, string text, string expected) =>
        Run(published, text, expected);

    [Theory]
    [InlineData("2017-07-29", "North Korea fired an ICBM on Friday that flew 1,000 km. ICBMs have a minimum range of 5,500 km, although most fly about 10,000 km.", "range=1000;has.range_km=1000")]
    [InlineData("2017-07-29", "North Korea fired an ICBM on Friday that flew 1,000 km. Such missiles typically have a range of more than 5,500 km.", "range=1000")]
    [InlineData("2017-07-29", "North Korea fired an ICBM on Friday that flew 1,000 km. Missiles of this class usually travel 8,000 km or more.", "range=1000")]
    public void What_a_kind_of_missile_does_in_general_is_no_figure_of_the_flight(string published, string text, string expected)
    {
        Run(published, text, expected);
        var doc = new CleanDocument("synthetic", "memory", text, new DocumentMetadata(DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture)), [], []);
        Assert.All(Extractor.Extract(doc).Primary!.Claims.Where(c => c.Field == Vocabulary.Fields.RangeKm), c => Assert.Equal(1000, c.Value.Number));
    }

    [Theory]
    [InlineData("2017-07-04", "North Korea fired a missile on Tuesday.\nThe JCS said in a statement that the launch was made from North Korea's North Phyongan province.", "has.site=North Phyongan")]
    [InlineData("2019-05-04", "North Korea fired several projectiles on Saturday.\nThe firing was made from the Hodo peninsula near Wonsan, Seoul said.", "has.site=Wonsan")]
    [InlineData("2016-04-15", "North Korea attempted a missile launch on Friday.\nThe test was held near Wonsan on the east coast, officials said.", "has.site=Wonsan")]
    // A decision or a statement made somewhere places no launch.
    [InlineData("2017-07-04", "North Korea fired a missile on Tuesday.\nA broadcast was made from Wonsan by the local party committee the same evening.", "has.site=none")]
    public void A_launch_made_or_held_somewhere_is_placed_there(string published, string text, string expected) =>
        Run(published, text, expected);

    [Theory]
    [InlineData("2016-02-07", "North Korea fired a missile on Sunday.\nIt has shown off two versions of an intercontinental ballistic missile at parades, but none has been tested.", "rc=null;has.range_class=none")]
    [InlineData("2023-03-20", "North Korea fired two cruise missiles on Monday, Seoul said.\nPyongyang unveiled a solid-fuel intercontinental ballistic missile at a parade in February.", "has.range_class=none")]
    [InlineData("2023-04-13", "North Korea launched a satellite rocket on Thursday, Japan said.\nThe North also paraded its new submarine-launched ballistic missiles last year.", "cat=space_launch;has.basing=none")]
    // The launched missile described with its parade is still the launched one.
    [InlineData("2023-02-18", "North Korea fired a missile on Saturday, Tokyo said.\nThe missile, first displayed at a parade in October, was an intercontinental ballistic missile, Japan said.", "rc=ICBM;src.range_class=Japan")]
    public void A_weapon_shown_off_is_not_the_one_launched(string published, string text, string expected) =>
        Run(published, text, expected);

    [Theory]
    [InlineData("2013-01-27", "Japan launched a second radar satellite on Sunday to watch North Korea, officials said.\nThe radar unit was carried into space on Japan's mainstay H-2A rocket from a launch site in the southwest.", "actor=Japan;name=H-2A;has.missile_name=H-2A")]
    [InlineData("2024-01-21", "Iran launched a rocket carrying three research payloads on Saturday, state television said.\nThe payloads were lifted into orbit aboard a Simorgh carrier rocket.", "actor=Iran;name=Simorgh")]
    [InlineData("2013-01-30", "South Korea launched a satellite on Wednesday, officials said.\nThe science satellite was put into orbit by the KSLV-1 rocket, the ministry said.", "actor=South Korea;name=KSLV-1")]
    // Carried somewhere on the ground is no ride into space.
    [InlineData("2013-01-27", "Japan launched a second radar satellite on Sunday to watch North Korea, officials said.\nThe H-2A's first stage was carried to the island by ship last month.", "has.missile_name=none")]
    public void A_payloads_ride_names_the_launched_rocket(string published, string text, string expected) =>
        Run(published, text, expected);
}
