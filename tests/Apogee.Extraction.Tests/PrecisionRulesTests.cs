using System.Globalization;
using Apogee.Core.Model;
using Apogee.Extraction.Attribution;
using Apogee.Extraction.Dates;
using Apogee.Extraction.Sentences;

namespace Apogee.Extraction.Tests;

/// <summary>
/// Each claim's own source, in phrasings of several outlets (sentences written for these tests): official publishers,
/// speakers named again, quotations over several sentences, places that do not speak, figures of another launch.
/// </summary>
public class PrecisionRulesTests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    [Theory]
    // A government office's own release speaks for its government in its uncued sentences, as KCNA's text does for the North.
    [InlineData("The White House", "United States")]
    [InlineData("U.S. Department of State", "United States")]
    [InlineData("Pentagon", "United States")]
    [InlineData("Ministry of Defense of Japan", "Japan")]
    [InlineData("ROK Joint Chiefs of Staff", "South Korea")]
    // News outlets and news agencies are reporters, whatever their country.
    [InlineData("Yonhap", "unattributed")]
    [InlineData("The Japan Times", "unattributed")]
    [InlineData("White House Chronicle", "unattributed")]
    [InlineData(null, "unattributed")]
    public void A_government_offices_own_release_speaks_for_that_government(string? outlet, string voice)
    {
        Assert.Equal(voice, OfficialVoice.Of(outlet, stateAgency: false));
    }

    [Fact]
    public void A_statement_headline_of_an_official_release_is_that_governments_claim()
    {
        const string text = "Statement by the Press Secretary on the DPRK's Ballistic Missile Launch\n\nThe United States condemns the DPRK for its launch of a ballistic missile.";
        var claims = Claims(text, "The White House");
        Assert.Contains("category=ballistic(United States)", claims);
        Assert.DoesNotContain(claims, c => c.EndsWith("(unattributed)", StringComparison.Ordinal));
    }

    [Theory]
    // A surname named beside a party before: "Kim said" is that party's (Yonhap, AP, Reuters styles).
    [InlineData("South Korea's Joint Chiefs of Staff spokesman Kim Jun-rak said the missile flew 600 km.", "Kim said it reached an altitude of 50 km.", "South Korea")]
    [InlineData("The missile flew for 40 minutes, said Cmdr. Jane Holloway, a spokeswoman for U.S. Indo-Pacific Command.", "\u201cIt landed in the sea,\u201d Holloway said.", "United States")]
    [InlineData("Japan's Defense Minister Taro Yamada told reporters the missile fell outside the zone.", "Yamada said the government was analysing the data.", "Japan")]
    // A definite description or a pronoun of a speaker: the last party that spoke.
    [InlineData("U.S. Pacific Command said in a statement it had detected the launch.", "\u201cThe missile was tracked for seven minutes,\u201d said the statement.", "United States")]
    [InlineData("A South Korean official said the North fired two missiles.", "The Defense Ministry official, who spoke on condition of anonymity, said they flew 400 km.", "South Korea")]
    [InlineData("Japan's Defense Ministry said the missile fell outside the EEZ.", "\u201cWe are analysing the details,\u201d he said.", "Japan")]
    [InlineData("KCNA said the test was a success.", "The news agency report said the missile soared from underwater.", "North Korea")]
    public void A_speaker_named_again_is_the_party_named_before(string first, string later, string source)
    {
        var text = first + "\n\nOther news followed the test.\n\n" + later;
        var a = Attribute(text);
        Assert.Equal(source, a[^1].Source);
    }

    [Theory]
    // A surname never named for a party, or named for two, and a speaker outside the lexicon: the reporter's.
    [InlineData("The JCS said the missile flew 600 km.", "Choi said it reached an altitude of 50 km.")]
    [InlineData("\u201cIt was a Scud,\u201d said Lee Min-ho, a professor at Ewha University.", "\u201cIt flew far,\u201d he said.")]
    [InlineData("South Korean spokesman Park Min said it flew 500 km. Japan's Defense Ministry spokesman Park Chol said it flew 600 km.", "Park said the missile was new.")]
    public void A_speaker_the_story_did_not_name_for_one_party_is_nobodys(string first, string later)
    {
        var text = first + "\n\nOther news followed the test.\n\n" + later;
        Assert.Equal("unattributed", Attribute(text)[^1].Source);
    }

    [Theory]
    // A quotation over sentences speaks with the sentence that closes it (wire style, curly and straight quotes).
    [InlineData("\u201cIt is assumed to be a Scud missile. It flew 450 km,\u201d the South Korean military said.", 2)]
    [InlineData("\"The missile was tracked for six minutes. It landed in the sea. We are assessing it,\" said a statement from U.S. Pacific Command.", 3)]
    [InlineData("\u201cWe detected the launch at 6:02 a.m. More details are under analysis,\u201d Japan's Defense Ministry said.", 2)]
    public void Every_sentence_of_a_quotation_speaks_with_the_one_that_closes_it(string text, int sentences)
    {
        var a = Attribute(text);
        Assert.Equal(sentences, a.Count);
        Assert.All(a, x => Assert.True(x.Explicit && x.Source != "unattributed", x.Source));
        Assert.Single(a.Select(x => x.Source).Distinct());
    }

    [Theory]
    // A party after a preposition of motion is a place or a target, and unnamed officials own their cue.
    [InlineData("North Korea fired a ballistic missile that flew over Japan before plunging into the Pacific, officials said.", null)]
    [InlineData("The missile landed in the Sea of Japan, an analyst said.", null)]
    [InlineData("The projectile flew toward Japan, Seoul's military said.", "South Korea")]
    [InlineData("The rocket was fired into the sea off Japan, Japanese government officials said.", "Japan")]
    public void A_party_named_as_a_place_does_not_speak(string sentence, string? source)
    {
        Assert.Equal(source, SourceAttributor.Explicit(sentence)?.Source);
    }

    [Theory]
    // "The launch came a week after ..." sets the story's launch after another: the class after it is the other's.
    [InlineData("North Korea fired a short-range missile on Tuesday. The launch came a week after it tested a new medium-range missile.", "range_class=MRBM")]
    [InlineData("North Korea fired a projectile on Sunday. The projectile launch comes two weeks after a ballistic missile test that failed.", "category=ballistic")]
    [InlineData("North Korea fired a missile on Friday. The test came less than a month after an ICBM launch.", "range_class=ICBM")]
    public void A_launch_set_after_another_gives_the_others_facts_no_claims(string text, string absent)
    {
        Assert.DoesNotContain(Claims(text, null), c => c.StartsWith(absent + "(", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reaction_that_came_hours_after_the_launch_keeps_the_launchs_facts()
    {
        var claims = Claims("North Korea fired several missiles on Monday, officials said. Trump's remarks came hours after South Korea said the North had fired several missiles into the sea.", null);
        Assert.Contains(claims, c => c.StartsWith("count=", StringComparison.Ordinal) && c.EndsWith("(South Korea)", StringComparison.Ordinal));
    }

    [Theory]
    // The coast the launched thing fell off is no launch site (R5: that coast or none); the coast it was fired from is.
    [InlineData("North Korea fired two ballistic missiles into the sea off its east coast, the JCS said.", null)]
    [InlineData("The missile flew 450 km and landed in the waters off the east coast, Yonhap reported.", null)]
    [InlineData("North Korea fired a missile into the \"territorial waters along the east coast,\" a U.S. statement said.", null)]
    [InlineData("North Korea fired a short-range missile from its east coast on Tuesday, the JCS said.", "east coast")]
    public void A_coast_where_the_missile_fell_is_not_its_site(string text, string? site)
    {
        var sites = Claims(text, null).Where(c => c.StartsWith("site=", StringComparison.Ordinal)).ToList();
        if (site is null) Assert.Empty(sites);
        else Assert.Contains(sites, c => c.StartsWith("site=" + site + "(", StringComparison.Ordinal));
    }

    [Theory]
    // What the launching side can or will not fire is no count of this launch.
    [InlineData("North Korea fired a missile on Sunday. \u201cThey can fire missiles again, and there is no guarantee they won\u2019t fire three more next month,\u201d an analyst said.")]
    [InlineData("North Korea fired a missile on Sunday. Officials said the North won't launch two more soon.")]
    [InlineData("North Korea fired a missile on Sunday. Experts warned that the North cannot fire four at once.")]
    public void A_count_the_launching_side_cannot_or_will_not_fire_is_no_claim(string text)
    {
        Assert.DoesNotContain(Claims(text, null), c => c.StartsWith("count=", StringComparison.Ordinal) && !c.StartsWith("count=1", StringComparison.Ordinal));
    }

    [Theory]
    // A figure that measures a border or a coastline is no flight.
    [InlineData("North Korea fired a missile on Sunday. Russia moved troops away from its 11-mile border with the North.")]
    [InlineData("North Korea fired a missile on Sunday. China shares a 1,400 km frontier with North Korea.")]
    [InlineData("North Korea fired a missile on Sunday. The missile fell near the 200-nautical-mile boundary of the zone.")]
    public void A_figure_of_a_border_is_no_range(string text)
    {
        Assert.DoesNotContain(Claims(text, null), c => c.StartsWith("range_km=", StringComparison.Ordinal));
    }

    [Theory]
    // The day after "the launch came <any span> after" is the earlier event's (Yonhap, AP, Guardian styles) ...
    [InlineData("The launch came a week after North Korea fired two cruise missiles on Saturday.", "Saturday", DayRole.NotThisDay)]
    [InlineData("The missile test comes less than a month after Pyongyang tested a hypersonic missile on Wednesday.", "Wednesday", DayRole.NotThisDay)]
    [InlineData("Tuesday's firing came three days after the North launched a rocket on Saturday.", "Saturday", DayRole.NotThisDay)]
    // ... but a reaction that came hours after the launch keeps the launch's day.
    [InlineData("Trump's remarks came hours after North Korea fired a missile on Sunday.", "Sunday", DayRole.Launch)]
    public void A_day_after_the_launch_came_some_time_after_is_the_earlier_events(string sentence, string day, DayRole role)
    {
        var at = sentence.IndexOf(day, StringComparison.Ordinal);
        Assert.Equal(role, Apogee.Extraction.Dates.DayMentionClassifier.Classify(sentence, at, at + day.Length));
    }

    [Theory]
    // A statement's day moved back by any wording of "the day before" (Kyodo, Xinhua, Guardian styles).
    [InlineData("Japan on Thursday protested North Korea's launch of a ballistic missile, which took place the previous day.")]
    [InlineData("Japan on Thursday protested North Korea's launch of a ballistic missile, which took place the preceding day.")]
    [InlineData("Japan on Thursday protested North Korea's launch of a ballistic missile a day prior.")]
    [InlineData("Japan on Thursday protested North Korea's launch of a ballistic missile, conducted 24 hours earlier.")]
    public void A_launch_told_as_the_day_before_a_statement_is_dated_the_day_before(string text)
    {
        var doc = new CleanDocument("t", "memory", text, new DocumentMetadata(new DateOnly(2022, 1, 13)), [], []);
        var report = Extractor.Extract(doc);
        Assert.True(report.Relevant);
        Assert.Equal(new DateOnly(2022, 1, 12), report.Primary!.Date.Earliest);
        Assert.Equal(new DateOnly(2022, 1, 12), report.Primary.Date.Latest);
    }

    [Theory]
    [InlineData("The test failed, said Cmdr. Dave Lee, a spokesman for U.S. Pacific Command.")]
    [InlineData("Brig. Gen. Kim said the missile flew far.")]
    [InlineData("The launch was condemned by Amb. Jane Smith at the United Nations.")]
    public void Military_and_diplomatic_titles_do_not_end_a_sentence(string text)
    {
        Assert.Single(new SentenceSplitter().Split(text));
    }

    private static IReadOnlyList<Attribution.Attribution> Attribute(string text) =>
        new SourceAttributor().Attribute(new SentenceSplitter().Split(text), Vocabulary.Sources.Unattributed);

    /// <summary>The primary event's claims as "field=value(source)".</summary>
    private static List<string> Claims(string text, string? outlet)
    {
        var doc = new CleanDocument("t", "memory", text, new DocumentMetadata(new DateOnly(2022, 1, 16), Outlet: outlet), [], []);
        var report = Extractor.Extract(doc);
        Assert.True(report.Relevant, "not relevant: " + text);
        return report.Primary!.Claims.Select(c => $"{c.Field}={Value(c.Value)}({c.Source})").ToList();
    }

    private static string Value(ClaimValue v) =>
        v.Number is { } n ? n.ToString(CultureInfo.InvariantCulture) : v.Count?.ToString() ?? v.Text ?? "";
}
