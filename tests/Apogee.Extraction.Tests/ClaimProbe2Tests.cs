using System.Globalization;
using Apogee.Core.Model;

namespace Apogee.Extraction.Tests;

/// <summary>
/// The rules of the second claim-probe round (branch claims2, tools/claim-probes/probes2.py, issue #11): each class of
/// phrasing in at least three outlets' styles. Every sentence is written for these tests, none is copied from a report.
/// </summary>
public class ClaimProbe2Tests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    private static LaunchReport Report(string text)
    {
        var doc = new CleanDocument("probe", "memory", text, new DocumentMetadata(DateOnly.ParseExact("2023-03-16", "yyyy-MM-dd", CultureInfo.InvariantCulture)), [], []);
        return Extractor.Extract(doc);
    }

    private static LaunchEvent Primary(string text) => Report(text).Primary ?? throw new InvalidOperationException("no primary event: " + text);

    [Theory]
    [InlineData("TOKYO (Kyodo) -- North Korea fired a ballistic missile on Thursday. Japanese Prime Minister Fumio Kishida condemned the launch. The missile flew 1,000 km, his office said.", "Japan")]
    [InlineData("North Korea fired a ballistic missile on Thursday. Defense Secretary Lloyd Austin spoke with his counterparts. The missile flew 1,000 km, his office said.", "United States")]
    [InlineData("SEOUL (Yonhap) -- North Korea fired a ballistic missile on Thursday. South Korean President Yoon Suk Yeol ordered a strong response. The missile flew 1,000 km, his office said.", "South Korea")]
    [InlineData("North Korea fired a ballistic missile on Thursday. South Korean President Yoon Suk Yeol convened a security meeting. His office said the missile flew 1,000 km.", "South Korea")]
    public void His_office_speaks_for_the_person_named_before(string text, string source)
    {
        var range = Assert.Single(Primary(text).Claims, c => c.Field == Vocabulary.Fields.RangeKm);
        Assert.Equal(source, range.Source);
    }

    [Fact]
    public void His_office_after_a_speaker_outside_the_lexicon_stays_the_reporters()
    {
        var range = Assert.Single(Primary("North Korea fired a ballistic missile on Thursday. The missile flew 1,000 km, his office said.").Claims, c => c.Field == Vocabulary.Fields.RangeKm);
        Assert.Equal(Vocabulary.Sources.Unattributed, range.Source);
    }

    [Theory]
    [InlineData("North Korea fired a ballistic missile on Thursday. It flew an estimated distance of 1,000 km, the JCS said.", Vocabulary.Fields.RangeKm, 1000)]
    [InlineData("North Korea fired a ballistic missile on Thursday that reached an estimated maximum altitude of 50 km, Japan's defense ministry said.", Vocabulary.Fields.ApogeeKm, 50)]
    [InlineData("North Korea fired an ICBM on Thursday. The estimated flight time was 70 minutes, the Japanese government said.", Vocabulary.Fields.FlightTimeMin, 70)]
    [InlineData("North Korea fired a missile on Thursday that flew an approximate distance of 600 km, Seoul said.", Vocabulary.Fields.RangeKm, 600)]
    public void A_hedging_noun_phrase_makes_the_figure_about(string text, string field, double value)
    {
        var claim = Assert.Single(Primary(text).Claims, c => c.Field == field);
        Assert.Equal((value, Vocabulary.Qualifiers.About), (claim.Value.Number!.Value, claim.Qualifier));
    }

    [Theory]
    [InlineData("North Korea fired a ballistic missile on Thursday. At its apex, the missile reached 2,000 km, the JCS said.", 2000)]
    [InlineData("North Korea fired a ballistic missile on Thursday which reached an apex of about 50 km, South Korea's military said.", 50)]
    [InlineData("PYONGYANG, March 16 (KCNA) -- The DPRK test-fired a new-type IRBM on Thursday, which reached an apex of 1,200 km before hitting the target waters.", 1200)]
    public void Apex_is_an_altitude(string text, double km)
    {
        Assert.Contains(Primary(text).Claims, c => c.Field == Vocabulary.Fields.ApogeeKm && c.Value.Number == km);
    }

    [Theory]
    [InlineData("North Korea fired two ballistic missiles in South Pyongan Province's Sukchon on Thursday, the JCS said.", "Sukchon")]
    [InlineData("North Korea fired a missile from North Pyongan Province's Kusong on Thursday, Seoul said.", "Kusong")]
    [InlineData("North Korea fired a ballistic missile from South Hamgyong's Sinpo on Thursday, the JCS said.", "Sinpo")]
    public void A_place_within_the_place_the_cue_led_to_is_the_site(string text, string site)
    {
        Assert.Equal(site, Primary(text).Site?.Name);
    }

    [Theory]
    [InlineData("North Korea fired a ballistic missile on Thursday at 2234 GMT, South Korea's military said.", "07:34")]
    [InlineData("North Korea launched a missile on Thursday at around 0130 GMT, Japan's defense ministry said.", "10:30")]
    [InlineData("North Korea fired a ballistic missile at 0005 UTC on Thursday, the JCS said.", "09:05")]
    public void A_gmt_clock_without_a_colon_is_moved_to_the_site_when_no_local_clock_is_given(string text, string time)
    {
        var e = Primary(text);
        Assert.Contains(e.Claims, c => c.Field == Vocabulary.Fields.TimeLocal && c.Value.Text == time);
        Assert.Equal(time, e.TimeLocal);
    }

    [Theory]
    [InlineData("SEOUL, March 16 (Yonhap) -- North Korea fired a ballistic missile at 0744 KST on Thursday, the JCS said.", "07:44")]
    [InlineData("North Korea fired a ballistic missile at 07.44 local time on Thursday, South Korea's military said.", "07:44")]
    [InlineData("North Korea fired a cruise missile at 1530 KST on Thursday, the Joint Chiefs of Staff said.", "15:30")]
    [InlineData("North Korea fired a missile at 6.52 local time on Thursday, Japan's coast guard said.", "06:52")]
    public void A_site_clock_without_a_colon_or_with_a_dot(string text, string time)
    {
        Assert.Equal(time, Primary(text).TimeLocal);
    }

    [Theory]
    [InlineData("North Korea fired a ballistic missile in the early hours of Thursday, the JCS said.")]
    [InlineData("North Korea fired a ballistic missile in a predawn launch on Thursday, Seoul said.")]
    [InlineData("North Korea fired two missiles in the small hours of Thursday, Japan's defense ministry said.")]
    public void The_small_hours_are_morning(string text)
    {
        var e = Primary(text);
        Assert.Equal(Vocabulary.PartsOfDay.Morning, e.PartOfDay);
        Assert.Null(e.TimeLocal);
    }

    [Theory]
    [InlineData("North Korea fired an ICBM on Thursday, following a Feb. 18 launch of a Hwasong-15 that landed in Japan's EEZ.", "2023-02-18")]
    [InlineData("North Korea fired a ballistic missile on Thursday, its first launch since the March 12 firing of two cruise missiles from a submarine.", "2023-03-12")]
    [InlineData("North Korea fired a ballistic missile on Thursday, days after it launched two short-range missiles on March 9, the JCS said.", "2023-03-09")]
    [InlineData("North Korea fired a ballistic missile on Thursday. The launch is the North's first since Monday, when it fired two cruise missiles from a submarine.", "2023-03-13")]
    [InlineData("PYONGYANG, March 16 (KCNA) -- The DPRK test-fired a Hwasong-17 ICBM on Thursday. The test follows the launching drill of a Hwasong-15 on February 18.", "2023-02-18")]
    public void An_earlier_launch_the_text_dates_is_a_reference(string text, string day)
    {
        var refs = Report(text).Events.Where(e => e.Role == Vocabulary.Roles.Reference).ToList();
        Assert.Contains(refs, r => r.Date.Earliest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == day && r.Date.Latest == r.Date.Earliest);
    }

    [Theory]
    [InlineData("North Korea fired two short-range missiles into the sea for the third time in a week, the JCS said. On Monday, the North conducted a second test of a new tactical missile.", "2023-03-13")]
    [InlineData("WASHINGTON (AP) -- North Korea launched its third missile test in a week, U.S. officials said. The North conducted a second test on Saturday, firing two short-range missiles.", "2023-03-11")]
    [InlineData("North Korea fired a ballistic missile, its fourth launch in 10 days, Seoul said. On Tuesday, the North carried out a third launch, firing a cruise missile.", "2023-03-14")]
    public void With_the_launch_day_unknown_a_weekday_before_its_interval_dates_an_earlier_launch(string text, string day)
    {
        var refs = Report(text).Events.Where(e => e.Role == Vocabulary.Roles.Reference).ToList();
        Assert.Contains(refs, r => r.Date.Earliest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == day);
    }

    [Theory]
    [InlineData("North Korea launched a ballistic missile, South Korea's military said. The North also fired a missile on Wednesday.")]
    [InlineData("North Korea fired two missiles, Japan said. The North fired them on Thursday, NHK said.")]
    public void With_the_launch_day_unknown_a_weekday_inside_its_interval_is_no_reference(string text)
    {
        Assert.DoesNotContain(Report(text).Events, e => e.Role == Vocabulary.Roles.Reference);
    }

    [Theory]
    [InlineData("The United States condemned the launch after North Korea fired two ballistic missiles on Thursday.")]
    [InlineData("North Korea fired a ballistic missile on Thursday, following warnings from Seoul.")]
    [InlineData("North Korea fired a ballistic missile on Thursday, the first since last year.")]
    public void The_primary_sentence_dates_no_reference_without_an_earlier_launch(string text)
    {
        Assert.DoesNotContain(Report(text).Events, e => e.Role == Vocabulary.Roles.Reference);
    }

    [Theory]
    [InlineData("North Korea fired a hypersonic missile on Thursday at speeds exceeding Mach 5, the JCS said.", 5)]
    [InlineData("North Korea fired a missile on Thursday that flew in excess of Mach 10, Seoul said.", 10)]
    [InlineData("North Korea fired a hypersonic missile on Thursday, which reached speeds exceeding Mach 8, Japan said.", 8)]
    public void Exceeding_a_speed_is_more_than(string text, double mach)
    {
        var claim = Assert.Single(Primary(text).Claims, c => c.Field == Vocabulary.Fields.SpeedMach);
        Assert.Equal((mach, Vocabulary.Qualifiers.MoreThan), (claim.Value.Number!.Value, claim.Qualifier));
    }

    [Theory]
    [InlineData("PYONGYANG, March 16 (KCNA) -- Two \"Hwasal-2\" strategic cruise missiles were test-fired on Thursday.", 2)]
    [InlineData("North Korea fired four \u201cHwasal-1\u201d cruise missiles on Thursday, state media said.", 4)]
    [InlineData("North Korea fired two \"Pulhwasal-3-31\" cruise missiles from a submarine on Thursday, KCNA said.", 2)]
    public void A_quoted_name_between_count_and_noun(string text, int count)
    {
        var c = Primary(text).Count!;
        Assert.Equal((count, (int?)count), (c.Min, c.Max));
    }

    [Theory]
    [InlineData("North Korea fired a ballistic missile from the Kangso district of Nampo on Thursday, the JCS said.", "Kangso")]
    [InlineData("North Korea fired two cruise missiles from Kangso County on Thursday, the JCS said.", "Kangso")]
    [InlineData("North Korea fired two missiles from Yonan county in South Hwanghae Province on Thursday.", "Yonan")]
    public void Places_added_to_the_gazetteer(string text, string site)
    {
        Assert.Equal(site, Primary(text).Site?.Name);
    }
}
