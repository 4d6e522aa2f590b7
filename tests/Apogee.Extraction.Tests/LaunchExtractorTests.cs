using System.Globalization;
using Apogee.Core.Model;

namespace Apogee.Extraction.Tests;

public class LaunchExtractorTests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    // Synthetic article written for these tests (no real report's text).
    private const string Article =
        "North Korea fired two short-range ballistic missiles off its east coast on Thursday morning, South Korea's military said.\n" +
        "The Joint Chiefs of Staff said the missiles were launched from the vicinity of Wonsan at around 6:40 a.m. and flew about 400 kilometers at an altitude of 50 km.\n" +
        "Japan's defense ministry said the missiles fell outside Japan's exclusive economic zone.\n" +
        "The launch followed a cruise missile test last Sunday, the JCS added.\n" +
        "Analysts said the missile could reach targets 1,500 km away.";

    private static CleanDocument Doc(string text, string? published = "2023-03-10", IReadOnlyList<string>? captions = null) =>
        new("synthetic", "memory", text, new DocumentMetadata(published is null ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture)), [], captions ?? []);

    [Fact]
    public void Extracts_the_primary_launch_with_consolidated_figures()
    {
        var report = Extractor.Extract(Doc(Article));
        Assert.True(report.Relevant);
        var e = report.Primary!;
        Assert.Equal("North Korea", e.Actor);
        Assert.Equal(new DateOnly(2023, 3, 9), e.Date.Earliest);
        Assert.Equal(new DateOnly(2023, 3, 9), e.Date.Latest);
        Assert.Equal("Thursday", e.Weekday);
        Assert.Equal("morning", e.PartOfDay);
        Assert.Equal("06:40", e.TimeLocal);
        Assert.Equal(CountRange.Exactly(2), e.Count);
        Assert.Equal("ballistic", e.Category);
        Assert.Equal("SRBM", e.RangeClass);
        Assert.Equal("Wonsan", e.Site?.Name);
        Assert.Equal(400, e.RangeKm);
        Assert.Equal(50, e.ApogeeKm);
        Assert.Equal("outside", e.Impact?.Eez);
    }

    [Theory]
    [InlineData("North Korea fired a ballistic missile on Tuesday in Pyongyang's third launch this month, Seoul said. It was launched from near Sinpo.", "Sinpo")]
    [InlineData("North Korea fired a ballistic missile on Tuesday in Pyongyang's latest show of force, Seoul said.", null)]
    [InlineData("North Korea fired a ballistic missile from Pyongyang's outskirts on Tuesday, Seoul said.", "Pyongyang")]
    [InlineData("North Korea fired a ballistic missile from Pyongyang's northern suburbs on Tuesday, Seoul said.", "Pyongyang")]
    public void A_capital_standing_for_its_government_is_not_a_launch_site(string text, string? site)
    {
        var e = Extractor.Extract(Doc(text)).Primary!;
        Assert.Equal(site, e.Site?.Name);
    }

    [Theory]
    [InlineData("LONDON, March 9 (Harbour Wire) - Britain on Thursday condemned North Korea's test-firing of a ballistic missile a day earlier, calling it a breach of U.N. resolutions.\nNorth Korea's military said it fired the missile from near Sinpo.", "2023-03-08")]
    [InlineData("Japan on Thursday protested North Korea's launch of a ballistic missile, which took place the previous day, officials said.", "2023-03-08")]
    [InlineData("North Korea fired a ballistic missile on Thursday, a day after a U.S. carrier arrived in Busan, Seoul said.", "2023-03-09")]
    public void A_weekday_that_dates_a_reaction_to_a_launch_a_day_earlier_dates_the_day_before(string text, string day)
    {
        var e = Extractor.Extract(Doc(text)).Primary!;
        Assert.Equal(DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture), e.Date.Earliest);
        Assert.Equal(e.Date.Earliest, e.Date.Latest);
    }

    [Fact]
    public void Keeps_who_said_what_with_verbatim_quotes()
    {
        var doc = Doc(Article);
        var e = Extractor.Extract(doc).Primary!;
        Assert.All(e.Claims, c => Assert.Equal(c.Quote, doc.Text[c.Start..c.End]));
        Assert.Contains(e.Claims, c => c.Field == "range_km" && c.Value.Number == 400 && c.Qualifier == "about" && c.Source == "South Korea");
        Assert.Contains(e.Claims, c => c.Field == "eez" && c.Value.Text == "outside" && c.Source == "Japan");
        Assert.Contains(e.Claims, c => c.Field == "site" && c.Value.Text == "Wonsan");
        Assert.DoesNotContain(e.Claims, c => c.Field == "range_km" && c.Value.Number == 1500);
    }

    [Fact]
    public void Dates_an_earlier_launch_the_report_mentions_as_a_reference()
    {
        var refs = Extractor.Extract(Doc(Article)).Events.Where(e => e.Role == "reference").ToList();
        var r = Assert.Single(refs);
        Assert.Equal(new DateOnly(2023, 3, 5), r.Date.Earliest);
        Assert.Equal(r.Date.Earliest, r.Date.Latest);
    }

    [Theory]
    [InlineData("The United Nations tightened sanctions on North Korea on Monday over its weapons programs.")]
    [InlineData("North Korea said Tuesday that it plans to launch a satellite next month.")]
    [InlineData("North Korea conducted an artillery firing drill near the border, firing hundreds of shells.")]
    [InlineData("Kim Jong Un guided a ground test of a new rocket engine at the launch station.")]
    [InlineData("North Korea conducted its sixth nuclear test on Sunday.")]
    [InlineData("The United States deployed a radar ship to track and watch the country's test launch of an ICBM.")]
    [InlineData("Under the resolutions the North is prohibited from launching rockets that use ballistic missile technology.")]
    public void Stories_without_an_actual_launch_are_not_relevant(string text)
    {
        var report = Extractor.Extract(Doc(text));
        Assert.False(report.Relevant);
        Assert.Empty(report.Events);
    }

    [Theory]
    [InlineData("Iran launched a satellite carrier rocket on Sunday, state media said.", "Iran", "space_launch")]
    [InlineData("North Korea fired two cruise missiles on Sunday, the JCS said.", "North Korea", "cruise")]
    [InlineData("North Korea test-fired a new multiple rocket launcher on Sunday.", "North Korea", "rocket_artillery")]
    public void Names_the_actor_and_category(string text, string actor, string category)
    {
        var e = Extractor.Extract(Doc(text)).Primary!;
        Assert.Equal(actor, e.Actor);
        Assert.Equal(category, e.Category);
    }

    [Fact]
    public void Without_a_publication_date_captions_bound_the_launch_day()
    {
        var e = Extractor.Extract(Doc("North Korea fired a ballistic missile on Tuesday, officials said.", null, ["An official speaks in Seoul on Thursday, March 28, 2024. (Wire)"])).Primary!;
        Assert.Equal(new DateOnly(2024, 4, 2), e.Date.Earliest);
        Assert.Equal(new DateOnly(2024, 4, 2), e.Date.Latest);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("fired fired fired missile missile. . . 1,000,000,000 km Mach 99999999999999999999 at 99:99 a.m. on Feb. 31, 2024")]
    [InlineData("\"\"\"\u2019\u2019 (((( ]]]] missile fired\n\n\n.")]
    public void Never_throws_on_odd_text(string text)
    {
        var report = Extractor.Extract(Doc(text));
        Assert.Equal("synthetic", report.Document);
    }

    [Fact]
    public void Is_deterministic_and_thread_safe()
    {
        var doc = Doc(Article);
        var first = Core.Json.ContractJsonText(Extractor.Extract(doc));
        var all = Enumerable.Range(0, 16).AsParallel().Select(_ => Core.Json.ContractJsonText(Extractor.Extract(doc))).ToList();
        Assert.All(all, j => Assert.Equal(first, j));
    }
}
