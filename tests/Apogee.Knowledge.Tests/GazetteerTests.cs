using Apogee.Core.Model;

namespace Apogee.Knowledge.Tests;

public sealed class GazetteerTests
{
    private static readonly Gazetteer G = Gazetteer.Default;

    [Theory]
    [InlineData("The rocket lifted off from Tongchang-ri on Sunday.", "Sohae Satellite Launching Station", "Tongchang-ri")]
    [InlineData("The rocket lifted off from Dongchang-ri on Sunday.", "Sohae Satellite Launching Station", "Dongchang-ri")]
    [InlineData("The rocket lifted off from Tongchang ri on Sunday.", "Sohae Satellite Launching Station", "Tongchang ri")]
    [InlineData("Imagery of the Sohae Satellite Launching Station showed work.", "Sohae Satellite Launching Station", "Sohae Satellite Launching Station")]
    [InlineData("A new gantry at Sohae was finished.", "Sohae Satellite Launching Station", "Sohae")]
    [InlineData("It was fired from Musudan-ri in the northeast.", "Tonghae Satellite Launching Ground", "Musudan-ri")]
    [InlineData("It was fired from the Tonghae site.", "Tonghae Satellite Launching Ground", "Tonghae")]
    [InlineData("Missiles were fired from Jagang Province.", "Jagang", "Jagang")]
    [InlineData("Missiles were fired from Chagang Province.", "Jagang", "Chagang")]
    [InlineData("Missiles were fired from CHAGANG-DO.", "Jagang", "CHAGANG-DO")]
    [InlineData("A launch in South Hamkyung Province was seen.", "South Hamgyong", "South Hamkyung")]
    [InlineData("A launch in South Hamgyong Province was seen.", "South Hamgyong", "South Hamgyong")]
    [InlineData("The launcher left North Phyongan Province.", "North Pyongan", "North Phyongan")]
    [InlineData("Fired near Kusŏng at dawn.", "Kusong", "Kusŏng")]
    [InlineData("Fired near Kusong at dawn.", "Kusong", "Kusong")]
    [InlineData("A missile flew from the Sunan area.", "Sunan", "Sunan area")]
    [InlineData("A missile flew from Sunan.", "Sunan", "Sunan")]
    [InlineData("A missile flew from Pyongyang Sunan airport.", "Pyongyang International Airport", "Pyongyang Sunan airport")]
    [InlineData("It was launched from the east coast town of Sondok.", "East Coast", "east coast town")]
    [InlineData("It was launched off its eastern coast.", "East Coast", "eastern coast")]
    [InlineData("It was launched off the west coast.", "West Coast", "west coast")]
    [InlineData("It flew from an area near the Chinese border.", "Northwest", "near the Chinese border")]
    [InlineData("It flew from the northwestern area of the country.", "Northwest", "northwestern area")]
    [InlineData("Shells were fired from near Hamhung.", "Hamhung", "Hamhung")]
    [InlineData("Sinpo's shipyard hosted the test.", "Sinpo", "Sinpo")]
    public void Spelling_variants_resolve_to_one_place(string text, string place, string surface)
    {
        var mention = Assert.Single(G.FindAll(text), m => m.Place.Name == place);
        Assert.Equal(surface, mention.Surface);
        Assert.Equal(surface, text.Substring(mention.Start, mention.Length));
    }

    [Theory]
    [InlineData("Tongchang-ri", "Dongchang-ri")]
    [InlineData("Sohae", "tongchangri")]
    [InlineData("Jagang", "Chagang Province")]
    [InlineData("Pyongyang", "Pyongyang City")]
    [InlineData("Jagang", "Chagang")]
    [InlineData("South Hamgyong", "South Hamkyong")]
    [InlineData("Musudan-ri", "Tonghae Satellite Launching Ground")]
    [InlineData("Kusŏng", "KUSONG")]
    [InlineData("North Pyongan", "North Phyongan Province")]
    [InlineData("Sunan", "the Sunan District")]
    [InlineData("Cholsan", "Cholsan County")]
    public void Lookup_is_spelling_insensitive(string a, string b)
    {
        var first = G.Lookup(a);
        Assert.NotNull(first);
        Assert.Same(first, G.Lookup(b));
    }

    [Theory]
    [InlineData("Jagang", Vocabulary.SiteKinds.Province, 40.8, 126.6)]
    [InlineData("North Pyongan", Vocabulary.SiteKinds.Province, 40.0, 125.0)]
    [InlineData("South Hamgyong", Vocabulary.SiteKinds.Province, 40.1, 127.8)]
    [InlineData("Pyongyang", Vocabulary.SiteKinds.City, 39.02, 125.75)]
    [InlineData("east coast", Vocabulary.SiteKinds.Region, 39.2, 127.5)]
    [InlineData("western coast", Vocabulary.SiteKinds.Region, 39.0, 125.0)]
    [InlineData("northwest", Vocabulary.SiteKinds.Region, 40.2, 125.2)]
    [InlineData("Sohae", Vocabulary.SiteKinds.Facility, 39.6596, 124.7057)]
    [InlineData("Sunan", Vocabulary.SiteKinds.Facility, 39.20299, 125.70926)]
    public void Places_carry_kind_and_coordinates(string name, string kind, double lat, double lon)
    {
        var place = G.Lookup(name);
        Assert.NotNull(place);
        Assert.Equal(kind, place.Kind);
        Assert.Equal(lat, place.Lat!.Value, 3);
        Assert.Equal(lon, place.Lon!.Value, 3);
    }

    [Theory]
    [InlineData("The missile fell into the Sea of Japan.", "Sea of Japan")]
    [InlineData("The missile fell into the East Sea.", "Sea of Japan")]
    [InlineData("The missile splashed down in the Yellow Sea.", "Yellow Sea")]
    [InlineData("It landed in the West Sea.", "Yellow Sea")]
    [InlineData("It flew over Hokkaido into the Pacific Ocean.", "Pacific Ocean")]
    public void Seas_are_impact_areas_not_launch_sites(string text, string sea)
    {
        Assert.Empty(G.FindAll(text));
        var found = Assert.Single(G.FindSeas(text));
        Assert.Equal(sea, found.Place.Name);
        Assert.Equal("sea", found.Place.Kind);
        Assert.Null(G.Lookup(found.Surface));
        Assert.Same(found.Place, G.LookupSea(found.Surface));
    }

    [Theory]
    [InlineData("fired from 30 km northwest of Pyongyang", new[] { "Pyongyang" })]
    [InlineData("fired from the northwest of the country", new[] { "Northwest" })]
    [InlineData("fired from North Korea's northwestern area", new[] { "Northwest" })]
    public void Relative_directions_point_at_the_named_place(string text, string[] names) =>
        Assert.Equal(names, G.FindAll(text).Select(m => m.Place.Name));

    [Fact]
    public void Mentions_come_in_text_order_without_overlap_and_longest_wins()
    {
        const string text = "From the Sohae Satellite Launching Station in Cholsan County, North Pyongan Province, not Pyongyang.";
        var found = G.FindAll(text);
        Assert.Equal(["Sohae Satellite Launching Station", "Cholsan", "North Pyongan", "Pyongyang"], found.Select(m => m.Place.Name));
        Assert.Equal("Cholsan County", found[1].Surface);
        for (var i = 1; i < found.Count; i++)
        {
            Assert.True(found[i].Start >= found[i - 1].Start + found[i - 1].Length);
        }
    }

    [Theory]
    [InlineData("Sunanville is a made-up word.")]
    [InlineData("The Pyongyangese diplomat left.")]
    [InlineData("A coastal road runs north.")]
    [InlineData("Kim and Moon met.")]
    [InlineData("A missile that could reach the U.S. West Coast.")]
    [InlineData("A missile that could reach the US west coast.")]
    [InlineData("It fell off Japan's east coast.")]
    public void Matches_are_word_bounded(string text) => Assert.Empty(G.FindAll(text));

    [Fact]
    public void Canonical_names_beat_aliases_and_every_site_kind_is_in_the_vocabulary()
    {
        // CNS lists "Hamhung" as an alias of the Hungnam facility; the city itself must win.
        Assert.Equal(Vocabulary.SiteKinds.City, G.Lookup("Hamhung")!.Kind);
        Assert.Equal("Sonchon", G.Lookup("Sonchon")!.Name);
        string[] kinds = [Vocabulary.SiteKinds.Facility, Vocabulary.SiteKinds.City, Vocabulary.SiteKinds.County, Vocabulary.SiteKinds.Province, Vocabulary.SiteKinds.Region];
        Assert.All(G.Places, p => Assert.Contains(p.Kind, kinds));
        Assert.Equal(G.Places.Count, G.Places.Select(p => p.Name).Distinct().Count());
        Assert.True(G.Places.Count(p => p.Kind == Vocabulary.SiteKinds.Facility) >= 56);
    }

    [Fact]
    public void Facilities_take_their_province_from_the_CNS_location()
    {
        Assert.Equal("North Pyongan", G.Lookup("Sohae")!.Province);
        Assert.Equal("Jagang", G.Lookup("Mupyong-ni Arms Plant")!.Province);
        Assert.Equal("North Hamgyong", G.Lookup("Musudan-ri")!.Province);
    }
}
