using System.Globalization;
using Apogee.Core.Model;
using Apogee.Knowledge;

namespace Apogee.Extraction.Tests;

/// <summary>
/// Every spelling the knowledge files hold works in the extractor's grammar, not only the ones the corpora happened to
/// use (issue #11): each launch-place name and alias in three outlets' ways of placing a launch ("fired from X", "from
/// near X", "from the X area"), and each missile name and alias in three ways of naming what was fired. The sentences
/// are synthetic templates; the names come from data/ (facilities compiled from CNS, places and aliases by hand).
/// </summary>
public class KnowledgeCoverageTests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    // Placing styles: a wire lead (AP/Reuters), a Seoul military briefing as Yonhap writes it, and NK News/NHK's "area".
    private static readonly string[] SiteStyles =
    [
        "North Korea fired a ballistic missile from {0} on Friday, South Korea's military said.",
        "North Korea launched a short-range ballistic missile from near {0} at 7:10 a.m. on Friday, the Joint Chiefs of Staff said.",
        "The North fired the missile from the {0} area into the East Sea on Friday morning, according to Seoul.",
    ];

    // Naming styles: a wire lead, KCNA's own words, and a Yonhap-style "what appeared to be".
    private static readonly string[] MissileStyles =
    [
        "North Korea fired a {0} into the sea on Friday, South Korea's military said.",
        "The DPRK successfully test-fired the new-type {0} on Friday, KCNA said.",
        "North Korea launched what appeared to be a {0} toward the East Sea on Friday morning, the JCS said.",
    ];

    /// <summary>Every spelling of every launch place (not the vague regions: "from the east coast area" is tested elsewhere).</summary>
    public static TheoryData<string, int> PlaceSpellings()
    {
        var data = new TheoryData<string, int>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var place in Gazetteer.Default.Places.Where(p => p.Kind != Vocabulary.SiteKinds.Region && p.Lat is not null))
        {
            // A spelling two places share ("Sunan", "Sonchon") is one row: the gazetteer's own choice is the expectation.
            foreach (var spelling in place.Aliases.Prepend(place.Name).Where(seen.Add))
            {
                for (var style = 0; style < SiteStyles.Length; style++) data.Add(spelling, style);
            }
        }

        return data;
    }

    /// <summary>Every name and alias of every missile type.</summary>
    public static TheoryData<string, int> MissileSpellings()
    {
        var data = new TheoryData<string, int>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var missile in MissileCatalogue.Default.Missiles)
        {
            foreach (var spelling in missile.Aliases.Prepend(missile.Name).Where(seen.Add))
            {
                for (var style = 0; style < MissileStyles.Length; style++) data.Add(spelling, style);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PlaceSpellings))]
    public void Every_place_spelling_is_the_launch_site_in_each_outlet_style(string spelling, int style)
    {
        var want = Gazetteer.Default.Lookup(spelling);
        Assert.NotNull(want);
        var e = Primary(string.Format(CultureInfo.InvariantCulture, SiteStyles[style], spelling));
        Assert.True(e.Site is not null, $"no site for \"{spelling}\" (style {style})");
        Assert.Equal(want.Name, e.Site.Name);
        Assert.Equal(want.Lat, e.Site.Lat);
        Assert.Equal(want.Lon, e.Site.Lon);
        // The claim keeps the place as written ("Wonson", "the Sunan area"), as the gold does.
        Assert.Contains(e.Claims, c => c.Field == Vocabulary.Fields.Site && c.Value.Text!.Contains(spelling, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(MissileSpellings))]
    public void Every_missile_spelling_names_the_missile_and_its_category_in_each_outlet_style(string spelling, int style)
    {
        var want = MissileCatalogue.Default.Lookup(spelling);
        Assert.NotNull(want);
        var written = EndsInLaunchedThing(spelling) ? spelling : spelling + " missile";
        var e = Primary(string.Format(CultureInfo.InvariantCulture, MissileStyles[style], written));
        Assert.True(e.MissileName == want.Name, $"\"{written}\" (style {style}): name {e.MissileName ?? "null"}, want {want.Name}");
        Assert.True(e.Category == want.Category, $"\"{written}\" (style {style}): category {e.Category}, want {want.Category}");
        Assert.Contains(e.Claims, c => c.Field == Vocabulary.Fields.MissileName);
    }

    private static bool EndsInLaunchedThing(string name) =>
        name.EndsWith("missile", StringComparison.OrdinalIgnoreCase) || name.EndsWith("rocket", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("launcher", StringComparison.OrdinalIgnoreCase) || name.EndsWith("system", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("vehicle", StringComparison.OrdinalIgnoreCase) || name.EndsWith("MRL", StringComparison.Ordinal)
        || name.EndsWith("-type", StringComparison.OrdinalIgnoreCase);

    private static LaunchEvent Primary(string text)
    {
        var doc = new CleanDocument("t", "memory", text, new DocumentMetadata(new DateOnly(2024, 5, 11)), [], []);
        var report = Extractor.Extract(doc);
        Assert.True(report.Relevant, "not relevant: " + text);
        return Assert.IsType<LaunchEvent>(report.Primary);
    }
}
