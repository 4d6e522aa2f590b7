using System.Globalization;
using Apogee.Core.Model;

namespace Apogee.Extraction.Tests;

/// <summary>
/// Launch sites, names and other parties' launches in whole short reports (issue #11, dev2 numbers class). Synthetic
/// text written for these tests in the styles of wire, broadcast and government reports.
/// </summary>
public class Dev2SitesTests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    private static LaunchEvent Primary(string text, string published = "2024-05-10")
    {
        var doc = new CleanDocument("t", "memory", text, new DocumentMetadata(DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture)), [], []);
        var report = Extractor.Extract(doc);
        return Assert.IsType<LaunchEvent>(report.Primary);
    }

    [Theory]
    [InlineData("North Korea fired a ballistic missile on Friday, Seoul said.\nThe test took place near Sinpo South Shipyard on the east coast, a newspaper reported.", "Sinpo Shipyard")]
    [InlineData("North Korea fired a missile on Friday, U.S. officials said.\nThe missile launch occurred off the eastern North Korean port city of Sinpo, a spokesman said.", "Sinpo")]
    [InlineData("North Korea fired a rocket on Friday.\nThe launch came from a site on the west coast, in the village of Tongchang-ri, officials said.", "Sohae Satellite Launching Station")]
    [InlineData("North Korea fired an ICBM on Friday.\nThe latest test began at 9:40 a.m. from an airfield near the northwestern town of Kusong.", "Kusong")]
    public void A_sentence_that_places_the_launch_gives_its_site(string text, string site)
    {
        Assert.Equal(site, Primary(text).Site?.Name);
    }

    [Theory]
    [InlineData("The JCS said the projectile was fired from the vicinity of the northern province of Jagang on Friday.", "Jagang")]
    [InlineData("Kim Jong Un ordered the missile to be launched on Friday from its capital, Pyongyang, KCNA said.", "Pyongyang")]
    [InlineData("North Korea fired two short-range missiles on Friday from the eastern coastal town of Wonson, Yonhap said.", "Wonsan")]
    [InlineData("North Korea fired two missiles from near Wonsan on Friday into the sea, the JCS said.", "Wonsan")]
    [InlineData("North Korea fired two missiles on Friday from the Sunan area in Pyongyang after warning of a response to drills.", "Sunan")]
    public void The_site_cue_may_lead_through_small_words(string text, string site)
    {
        Assert.Equal(site, Primary(text).Site?.Name);
    }

    [Theory]
    [InlineData("North Koreans danced in the streets of their capital Friday after the Pyongyang regime fired a long-range rocket.")]
    [InlineData("The projectiles were fired Friday from near a military base about 50 miles from North Korea's capital Pyongyang.")]
    [InlineData("A South Korean source said the missile was fired on Friday from a 2,000-ton Sinpo-class submarine.")]
    [InlineData("North Korea fired a missile on Friday, amid reports in South Korean media that Pyongyang could be preparing a nuclear test.")]
    [InlineData("North Korea fired a ballistic missile on Friday, a day after Kim Jong Un toured a munitions factory in Hamhung, Seoul said.")]
    [InlineData("The North launched a cruise missile on Friday as state media reported on a farm visit in Jagang Province.")]
    [InlineData("North Korea fired two missiles on Friday that landed in the sea off Wonsan, Japan said.")]
    [InlineData("Japan said the missile, fired on Friday, fell into waters off the coast of Hamhung.")]
    public void A_place_named_for_something_else_is_not_the_site(string text)
    {
        Assert.Null(Primary(text).Site);
    }

    [Theory]
    [InlineData("South Korea launched its KSLV-1 rocket on Friday from the newly built Naro Space Center in Goheung.", "South Korea", "Naro Space Center", "KSLV-1")]
    [InlineData("Japan launched an H-2A rocket carrying a radar satellite on Friday from the Tanegashima Space Center, the space agency said.", "Japan", "Tanegashima Space Center", "H-2A")]
    [InlineData("The Kwangmyongsong carrier rocket blasted off from the Sohae launch facility at 9 a.m. Friday, KCNA reported.", "North Korea", "Sohae Satellite Launching Station", "Kwangmyongsong carrier rocket")]
    public void Other_countries_launch_sites_and_rockets_are_known(string text, string actor, string site, string name)
    {
        var e = Primary(text);
        Assert.Equal(actor, e.Actor);
        Assert.Equal(site, e.Site?.Name);
        Assert.Equal(name, e.MissileName);
    }

    [Theory]
    [InlineData("South Korean media quoted officials as saying North Korea fired projectiles that appeared to be Scud missiles on Friday.", "Scud")]
    [InlineData("North Korea fired a salvo of Hwasong-12s toward the sea on Friday, officials said.", "Hwasong-12")]
    [InlineData("The Kwangmyongsong carrier rocket lifted off on Friday, KCNA said.", "Kwangmyongsong")]
    public void A_name_claim_is_the_name_without_the_generic_word(string text, string name)
    {
        Assert.Contains(Primary(text).Claims, c => c.Field == Vocabulary.Fields.MissileName && c.Value.Text == name);
    }

    [Theory]
    [InlineData("North Korea fired a ballistic missile on Friday.\nKim Jong-un has long pursued nuclear weapons.")]
    [InlineData("North Korea fired a ballistic missile on Friday.\nLeader Kim Jong Un has vowed more tests.")]
    [InlineData("North Korea fired a ballistic missile on Friday as Jong-un has ordered.")]
    public void The_leaders_name_is_not_an_Unha(string text)
    {
        Assert.DoesNotContain(Primary(text).Claims, c => c.Field == Vocabulary.Fields.MissileName);
    }

    [Theory]
    [InlineData("North Korea fired two short-range missiles on Friday, the JCS said.\nThe U.S. Air Force, meanwhile, tested a Minuteman III missile that flew 4,200 miles into the Pacific.", 2)]
    [InlineData("North Korea fired a ballistic missile on Friday.\nThe U.S. and South Korean militaries fired four missiles into the sea in response.", 1)]
    [InlineData("North Korea fired a ballistic missile on Friday.\nIn response, South Korea's military conducted a live-fire drill with two missiles.", 1)]
    public void Another_partys_launch_gives_the_story_no_count_or_figure(string text, int count)
    {
        var e = Primary(text);
        Assert.Equal(count, e.Count?.Min);
        Assert.Null(e.RangeKm);
    }

    [Theory]
    [InlineData("South Korea launched a satellite on Friday from the Naro Space Center.\nNorth Korea launched two rockets in December that flew 2,000 km.")]
    [InlineData("Japan launched a spy satellite on Friday from Tanegashima.\nNorth Korea fired three missiles toward Japan last month.")]
    [InlineData("South Korea launched its Nuri rocket on Friday.\nPyongyang fired four missiles in March, which flew 600 km.")]
    public void North_Koreas_launches_in_another_countrys_story_are_background(string text)
    {
        var e = Primary(text);
        Assert.Equal(1, e.Count?.Min);
        Assert.Null(e.RangeKm);
    }

    [Theory]
    [InlineData("North Korea fired a ballistic missile on Friday, May 10, Seoul said.\nOn May 5, North Korea fired a missile that flew 600 km.")]
    [InlineData("North Korea fired a ballistic missile on Friday, May 10, Seoul said.\nThe North also launched two cruise missiles on May 4 that flew 1,500 km.")]
    [InlineData("North Korea fired a ballistic missile on Friday, May 10, Seoul said.\nA KN-23 fired on May 6 travelled 400 km, the JCS said.")]
    public void A_sentence_dated_to_another_day_is_another_launch(string text)
    {
        var e = Primary(text);
        Assert.Equal(1, e.Count?.Min);
        Assert.Null(e.RangeKm);
        Assert.DoesNotContain(e.Claims, c => c.Field == Vocabulary.Fields.MissileName);
    }

    [Theory]
    [InlineData("Iran launched a Simorgh rocket on Friday from the Imam Khomeini Spaceport in Semnan, state TV said.", "Iran", "Imam Khomeini Spaceport", "Simorgh")]
    [InlineData("China launched a Long March-2D rocket on Friday from the Jiuquan Satellite Launch Center, Xinhua said.", "China", "Jiuquan Satellite Launch Center", "Long March")]
    [InlineData("Russia test-fired a Sarmat intercontinental ballistic missile on Friday from the Plesetsk cosmodrome, the defence ministry said.", "Russia", "Plesetsk Cosmodrome", "Sarmat")]
    public void Other_countries_launches_have_their_sites_and_names(string text, string actor, string site, string name)
    {
        var e = Primary(text);
        Assert.Equal(actor, e.Actor);
        Assert.Equal(site, e.Site?.Name);
        Assert.Equal(name, e.MissileName);
    }

    [Theory]
    [InlineData("North Korea fired two short-range missiles on Friday from the Sino-ri missile base, the JCS said.\nThe U.S. Air Force, meanwhile, tested a Minuteman III from Vandenberg Air Force Base in California.")]
    [InlineData("North Korea fired two short-range missiles on Friday from Sino-ri, the JCS said.\nThe United States also launched an ICBM from Vandenberg on Friday.")]
    [InlineData("North Korea fired two short-range missiles on Friday from near Sino-ri, the JCS said.\nJapan launched an H-2A rocket from Tanegashima the same day.")]
    public void Another_partys_launch_names_neither_the_site_nor_the_missile(string text)
    {
        var e = Primary(text);
        Assert.Equal("Sino-ri Missile Operating Base", e.Site?.Name);
        Assert.Null(e.MissileName);
    }
}
