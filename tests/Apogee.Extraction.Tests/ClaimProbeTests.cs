using System.Globalization;
using Apogee.Core.Model;

namespace Apogee.Extraction.Tests;

/// <summary>
/// Synthetic probes of claim phrasings in the styles of other outlets (issue #11, claim recall on news never seen):
/// each row failed before its rule and passes now. Every sentence here is written for these tests, none is copied
/// from a report.
/// </summary>
public class ClaimProbeTests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    private static LaunchEvent Primary(string text)
    {
        var doc = new CleanDocument("probe", "memory", text, new DocumentMetadata(DateOnly.ParseExact("2023-03-16", "yyyy-MM-dd", CultureInfo.InvariantCulture)), [], []);
        return Extractor.Extract(doc).Primary ?? throw new InvalidOperationException("no primary event: " + text);
    }

    private static Claim Only(LaunchEvent e, string field, string? source = null) =>
        Assert.Single(e.Claims, c => c.Field == field && (source is null || c.Source == source));

    [Theory]
    [InlineData("North Korea fired at least six ballistic missiles on Thursday, South Korea's military said.", 6, "at_least")]
    [InlineData("Japan's coast guard said North Korea fired at least two ballistic missiles on Thursday.", 2, "at_least")]
    [InlineData("North Korea fired no fewer than 10 missiles on Thursday, the Joint Chiefs of Staff said.", 10, "at_least")]
    [InlineData("North Korea fired more than 20 missiles on Thursday, the JCS said.", 21, "more_than")]
    public void A_hedged_count_keeps_its_qualifier(string text, int min, string qualifier)
    {
        var count = Only(Primary(text), "count");
        Assert.Equal((min, (int?)null, qualifier), (count.Value.Count!.Min, count.Value.Count.Max, count.Qualifier));
    }

    [Theory]
    [InlineData("North Korea test-fired a hypersonic glider on Thursday, state media said.", "hypersonic")]
    [InlineData("North Korea test-launched a hypersonic gliding vehicle on Thursday, KCNA said.", "hypersonic")]
    [InlineData("PYONGYANG, March 16 (KCNA) -- The DPRK launched a new-type tactical guided weapon on Thursday.", null)]
    [InlineData("North Korea fired a tactical guided weapon into the East Sea on Thursday, the JCS said.", null)]
    public void Gliders_and_guided_weapons_are_launched_things(string text, string? category)
    {
        var e = Primary(text);
        Assert.Equal("North Korea", e.Actor);
        if (category is not null) Assert.Equal(category, e.Category);
    }

    [Theory]
    [InlineData("North Korea fired 600mm super-large rocket launcher rounds on Thursday, the JCS said.", 2, null)]
    [InlineData("PYONGYANG, March 16 (KCNA) -- A test-fire of the super-large multiple rocket launcher was held on Thursday.", 2, null)]
    [InlineData("North Korea fired six rounds from its 600mm super-large multiple rocket launchers on Thursday, KCNA said.", 6, 6)]
    [InlineData("North Korea fired six 600mm rockets on Thursday, KCNA said.", 6, 6)]
    public void Super_large_rocket_launchers_fire_volleys(string text, int min, int? max)
    {
        var count = Primary(text).Count!;
        Assert.Equal((min, max), (count.Min, count.Max));
    }

    [Theory]
    [InlineData("North Korea fired a missile on Thursday. The North's Korean Central News Agency, quoted by Seoul's Yonhap, said the missile flew 1,000 km.")]
    [InlineData("North Korea fired a missile on Thursday. Citing KCNA, Yonhap said the missile flew 1,000 km.")]
    [InlineData("North Korea fired a missile on Thursday. The missile flew 1,000 km, Yonhap reported, quoting KCNA.")]
    [InlineData("North Korea fired a missile on Thursday. KCNA, quoted by Yonhap, said the missile flew 1,000 km.")]
    public void The_party_an_outlet_cites_is_the_source(string text)
    {
        Assert.Equal("North Korea", Only(Primary(text), "range_km").Source);
    }

    [Theory]
    [InlineData("North Korea fired a missile on Thursday. The missile flew 1,000 km, National Security Council spokesman John Kirby told reporters.", "United States")]
    [InlineData("WASHINGTON -- The White House condemned North Korea's launch of an ICBM on Thursday. The missile flew 1,000 km, NSC spokesperson John Kirby said.", "United States")]
    [InlineData("TOKYO (AP) -- North Korea fired an ICBM on Thursday. The missile flew for about 70 minutes and reached an altitude of 6,000 kilometers, Defense Minister Yasukazu Hamada said.", "Japan")]
    [InlineData("North Korea fired a missile on Thursday. The missile flew 1,000 km, said Lee Jong-sup, the defense minister.", "South Korea")]
    [InlineData("North Korea fired a missile on Thursday. Prime Minister Fumio Kishida told parliament the missile flew 1,000 km.", "Japan")]
    public void A_named_officeholder_speaks_for_the_country(string text, string source)
    {
        var e = Primary(text);
        Assert.Contains(e.Claims, c => c.Field is "range_km" or "flight_time_min" && c.Source == source);
        Assert.DoesNotContain(e.Claims, c => c.Field is "range_km" or "flight_time_min" && c.Source == "unattributed");
    }

    [Theory]
    [InlineData("North Korea fired a ballistic missile on Thursday. It flew 1,000 km, according to an initial assessment by the JCS.", "South Korea")]
    [InlineData("North Korea fired a ballistic missile on Thursday. It flew 1,000 km, according to an analysis by Japan's defense ministry.", "Japan")]
    [InlineData("North Korea fired a ballistic missile on Thursday. It flew 1,000 km, according to a statement by U.S. Indo-Pacific Command.", "United States")]
    public void An_assessment_by_a_party_is_that_partys(string text, string source)
    {
        Assert.Equal(source, Only(Primary(text), "range_km").Source);
    }

    [Theory]
    [InlineData("North Korea fired a missile on Thursday. The missile flew 1,000 km, the DPRK's Ministry of National Defence said.")]
    [InlineData("North Korea fired a missile on Thursday. North Korea's Ministry of National Defense said the missile flew 1,000 km.")]
    [InlineData("North Korea fired a missile on Thursday. The missile flew 1,000 km, the DPRK's Missile Administration said.")]
    public void The_norths_own_ministries_are_north_korea(string text)
    {
        Assert.Equal("North Korea", Only(Primary(text), "range_km").Source);
    }

    [Theory]
    [InlineData("North Korea fired an ICBM on Thursday. It landed in the sea about 200 km west of Okushiri island, within Japan's EEZ, NHK said.", "inside", "media")]
    [InlineData("North Korea fired an ICBM on Thursday. It came down inside Japan's exclusive economic zone, Yonhap reported.", "inside", "South Korea")]
    [InlineData("North Korea fired an ICBM on Thursday. The missile did not land in Japan's EEZ, Tokyo said.", "outside", "Japan")]
    [InlineData("North Korea fired an ICBM on Thursday. Japan said the missile didn't fall within its exclusive economic zone.", "outside", "Japan")]
    [InlineData("North Korea fired an ICBM on Thursday. It is believed to have not fallen inside Japan's EEZ, the Japanese government said.", "outside", "Japan")]
    public void The_eez_claim_is_the_speakers_and_a_denied_landing_is_outside(string text, string eez, string source)
    {
        var claim = Only(Primary(text), "eez");
        Assert.Equal((eez, source), (claim.Value.Text, claim.Source));
    }

    [Theory]
    [InlineData("North Korea fired a close-range ballistic missile on Thursday, the JCS said.", "range_class", "SRBM")]
    [InlineData("North Korea fired two close-range ballistic missiles toward the East Sea on Thursday, the JCS said.", "range_class", "SRBM")]
    [InlineData("North Korea launched a close-range missile on Thursday, South Korea's military said.", "range_class", "SRBM")]
    [InlineData("North Korea fired a ship-launched cruise missile on Thursday, KCNA said.", "basing", "ship")]
    [InlineData("North Korea fired cruise missiles from the destroyer Choe Hyon on Thursday, KCNA said.", "basing", "ship")]
    [InlineData("North Korea test-fired a strategic cruise missile from a warship off its west coast on Thursday.", "basing", "ship")]
    public void Class_words_of_other_outlets_are_claims(string text, string field, string value)
    {
        Assert.Contains(Primary(text).Claims, c => c.Field == field && c.Value.Text == value);
    }

    [Theory]
    [InlineData("North Korea fired a ballistic missile toward the East Sea on Thursday, the JCS said.", "east")]
    [InlineData("North Korea fired a ballistic missile eastward on Thursday, Japan's defense ministry said.", "east")]
    [InlineData("North Korea fired a missile toward the Yellow Sea on Thursday, the JCS said.", "west")]
    [InlineData("North Korea fired a missile into the waters off its west coast on Thursday.", "west")]
    [InlineData("North Korea fired a missile in a northeasterly direction on Thursday, the JCS said.", "northeast")]
    [InlineData("North Korea launched a rocket on a southward trajectory on Thursday, Japan said.", "south")]
    [InlineData("North Korea launched a satellite rocket on Thursday, according to the South Korean military.", null)]
    [InlineData("North Korea launched a satellite rocket on Thursday; its first stage fell into the Yellow Sea.", null)]
    [InlineData("North Korea fired a missile on Thursday that landed 200 km east of Okushiri island.", null)]
    public void The_direction_of_flight_is_read_from_the_launch_sentences(string text, string? direction)
    {
        Assert.Equal(direction, Primary(text).Direction);
    }

    [Theory]
    [InlineData("SEOUL (Yonhap) -- North Korea fired an ICBM toward the East Sea on Thursday.\nThe missile flew about 1,000 km, the JCS said.\nIt reached an altitude of about 6,000 km.", "apogee_km", "South Korea")]
    [InlineData("North Korea fired an ICBM on Thursday.\nThe missile flew for 71 minutes, Japan's defense ministry said.\nIt fell into the sea inside Japan's exclusive economic zone.", "eez", "Japan")]
    [InlineData("North Korea fired an ICBM on Thursday.\nIt flew about 1,000 km, a U.S. official said.\nThe missile reached a maximum altitude of 6,000 km.", "apogee_km", "United States")]
    public void A_wire_paragraph_going_on_about_the_flight_keeps_its_speaker(string text, string field, string source)
    {
        Assert.Equal(source, Only(Primary(text), field).Source);
    }

    [Theory]
    [InlineData("North Korea fired a missile on Thursday.\nThe missile flew 1,000 km, the JCS said.\nAnalysts say the North is refining its arsenal, which flew 800 km last year.")]
    [InlineData("North Korea fired a missile on Thursday.\nThe missile flew 1,000 km, the JCS said.\nIn 2017, a similar missile flew 900 km.")]
    [InlineData("North Korea fired a missile on Thursday, the JCS said.\n\nThe launch drew condemnation.\nIt flew 1,000 km.")]
    public void Only_the_next_paragraph_going_on_about_the_flight_keeps_the_speaker(string text)
    {
        Assert.DoesNotContain(Primary(text).Claims, c => c.Field == "range_km" && c.Value.Number is 800 or 900);
        Assert.All(Primary(text).Claims.Where(c => c.Field == "range_km" && c.Quote.StartsWith("It ", StringComparison.Ordinal)), c => Assert.Equal("unattributed", c.Source));
    }

    [Theory]
    [InlineData("North Korea fired a ballistic missile on Thursday. The ICBM, launched at 7:10 a.m. from Pyongyang, flew some 1,000 km, the JCS said.", "South Korea")]
    [InlineData("North Korea fired a ballistic missile on Thursday. The missile, fired at 07:10 from Pyongyang, flew 1,000 km, Japan's defense ministry said.", "Japan")]
    [InlineData("North Korea fired a ballistic missile on Thursday. The missile was launched early on Thursday from Pyongyang and flew 1,000 km, U.S. officials said.", "United States")]
    public void A_place_after_a_time_is_no_speaker(string text, string source)
    {
        Assert.Equal(source, Only(Primary(text), "range_km").Source);
    }

    [Theory]
    [InlineData("North Korea fired a ballistic missile on Thursday. The missile flew 1,000 km, Japan's public broadcaster NHK said.")]
    [InlineData("North Korea fired a ballistic missile on Thursday. The missile flew 1,000 km, South Korea's largest newspaper Chosun Ilbo reported.")]
    [InlineData("North Korea fired a ballistic missile on Thursday. Japan's national broadcaster said the missile flew 1,000 km.")]
    [InlineData("North Korea fired an ICBM on Thursday. The missile flew 1,000 km, according to Japan's Kyodo news agency.")]
    [InlineData("North Korea fired an ICBM on Thursday. China's Xinhua news agency said the missile flew 1,000 km.")]
    public void A_countrys_broadcaster_or_paper_is_media(string text)
    {
        Assert.Equal("media", Only(Primary(text), "range_km").Source);
    }

    [Theory]
    [InlineData("North Korea fired a ballistic missile on Thursday. Japanese Prime Minister Fumio Kishida condemned the launch, saying the missile flew 1,000 km.", "Japan")]
    [InlineData("North Korea fired a ballistic missile on Thursday. South Korea's military raised its alert, saying the missile flew 1,000 km.", "South Korea")]
    [InlineData("North Korea fired a ballistic missile on Thursday. The Pentagon condemned the test, saying the missile flew 1,000 km.", "United States")]
    public void A_party_saying_something_is_its_source(string text, string source)
    {
        Assert.Equal(source, Only(Primary(text), "range_km").Source);
    }

    [Theory]
    [InlineData("PYONGYANG, March 16 (KCNA) -- A strategic cruise missile was test-fired from Sinpho on Thursday.", "Sinpo")]
    [InlineData("North Korea fired a ballistic missile from waters off Sinpho on Thursday, the JCS said.", "Sinpo")]
    [InlineData("North Korea fired a ballistic missile from the Yonpho area on Thursday, the JCS said.", "Yonpo")]
    public void Kcna_spellings_of_sites_resolve(string text, string site)
    {
        Assert.StartsWith(site, Primary(text).Site?.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("North Korea fired a ballistic missile on Thursday that flew about 620 miles (1,000 km), South Korea's Joint Chiefs of Staff said.", 1000, "about")]
    [InlineData("North Korea fired a ballistic missile on Thursday. It flew about 620mi (1,000km), the JCS said.", 1000, "about")]
    [InlineData("North Korea fired an ICBM on Thursday that traveled 1,700 miles (2,735 kilometres), U.S. officials said.", 2735, "exact")]
    [InlineData("North Korea fired a ballistic missile on Thursday that flew 1,000 km (620 miles), the JCS said.", 1000, "exact")]
    public void Miles_with_kilometres_in_brackets_give_the_kilometres(string text, double km, string qualifier)
    {
        var range = Only(Primary(text), "range_km");
        Assert.Equal((km, qualifier), (range.Value.Number!.Value, range.Qualifier));
    }

    [Theory]
    [InlineData("North Korea fired a missile on Thursday. A U.S. official said the missile launch was a land-based one.", true)]
    [InlineData("North Korea fired two ballistic missiles from a mobile launcher on Thursday, the JCS said.", true)]
    [InlineData("North Korea fired a ground-launched cruise missile on Thursday, KCNA said.", true)]
    [InlineData("PYONGYANG, March 16 (KCNA) -- The missile was launched from a transporter-erector-launcher on Thursday.", true)]
    [InlineData("North Korea fired a missile on Thursday. A resident said she heard an alarm on her telephone soon after the missile was launched.", false)]
    [InlineData("North Korea fired a missile on Thursday, very likely a Hwasong-12, which is fired from mobile launchers, Japan said.", false)]
    [InlineData("North Korea fired a missile on Thursday. The U.S. relies on ground-based interceptors in Alaska.", false)]
    public void Fired_from_land_said_outright_is_ground_basing(string text, bool ground)
    {
        Assert.Equal(ground, Primary(text).Claims.Any(c => c.Field == "basing" && c.Value.Text == "ground"));
    }

    [Theory]
    [InlineData("North Korea fired a missile on Thursday. The missile flew 1,000 km, the South's Joint Chiefs said.")]
    [InlineData("North Korea fired a missile on Thursday. South Korea's Joint Chiefs said the missile flew 1,000 km.")]
    [InlineData("North Korea fired a missile on Thursday. The missile flew 1,000 km, according to Seoul's Joint Chiefs.")]
    public void The_souths_joint_chiefs_without_of_staff_are_south_korea(string text)
    {
        Assert.Equal("South Korea", Only(Primary(text), "range_km").Source);
    }
}
