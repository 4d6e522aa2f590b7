using Apogee.Core.Model;
using Apogee.Core.Storage;
using static Apogee.Core.Model.Vocabulary;

namespace Apogee.Web.Tests.Support;

/// <summary>
/// Eight synthetic articles (text written for these tests) about six launches: two reports of one launch that
/// disagree on the count (Japan: 2, South Korea: 1), a reference to an earlier launch, an irrelevant story,
/// and one article stuffed with markup that must never run.
/// </summary>
public static class SyntheticCorpus
{
    public static readonly SiteRef Pyongyang = new("Pyongyang", SiteKinds.City, 39.03, 125.75);
    public static readonly SiteRef Sunan = new("Sunan", SiteKinds.Facility, 39.2, 125.67);
    public static readonly SiteRef Nampo = new("Nampo", SiteKinds.City, 38.73, 125.4);

    public const int EventCount = 6;
    public const string HostileName = "z-hostile";

    /// <summary>Markup planted in the hostile article: if any of it ran, window.__xss would be set.</summary>
    public const string HostileScript = "<script>window.__xss = 'script';</script>";
    public const string HostileImage = "<img src=x onerror=\"window.__xss='img'\">";
    public const string HostileLink = "<a href=\"javascript:window.__xss='link'\">details</a>";

    private static DateBounds Day(int y, int m, int d) => DateBounds.Day(new DateOnly(y, m, d), "weekday+published");

    public static IReadOnlyList<(CleanDocument Document, LaunchReport Report)> Articles() =>
    [
        new SyntheticArticle("a1-icbm-july", new DateOnly(2023, 7, 12), "Synthetic Herald", "North fires long-range missile")
            .Say("North Korea fired a long-range ballistic missile from the Pyongyang area on Wednesday morning, the South's military said.")
            .Say("The Joint Chiefs of Staff said the missile flew about 1,000 km east and reached an altitude of some 6,000 km.")
            .Removed("Sign up for our morning newsletter.", "signup-prompt")
            .Launch(new LaunchEvent
            {
                Date = Day(2023, 7, 12), Category = Categories.Ballistic, RangeClass = RangeClasses.Icbm, Site = Pyongyang,
                Direction = "east", RangeKm = 1000, ApogeeKm = 6000, Count = CountRange.Exactly(1), PartOfDay = PartsOfDay.Morning, Weekday = "Wednesday",
            })
            .Claim(Fields.RangeKm, ClaimValue.Of(1000), Sources.SouthKorea, "The Joint Chiefs of Staff said the missile flew about 1,000 km east and reached an altitude of some 6,000 km.", Qualifiers.About, "Joint Chiefs of Staff")
            .Claim(Fields.ApogeeKm, ClaimValue.Of(6000), Sources.SouthKorea, "The Joint Chiefs of Staff said the missile flew about 1,000 km east and reached an altitude of some 6,000 km.", Qualifiers.About, "Joint Chiefs of Staff")
            .Build(),
        new SyntheticArticle("a2-cruise-sept", new DateOnly(2023, 9, 2), "Synthetic Herald", "Cruise missiles over the Yellow Sea")
            .Say("Several cruise missiles were launched from near Nampo toward the Yellow Sea early on Saturday, officials in Seoul said.")
            .Say("They flew about 1,500 km, according to the South Korean military.")
            .Launch(new LaunchEvent { Date = Day(2023, 9, 2), Category = Categories.Cruise, Site = Nampo, Direction = "west", RangeKm = 1500, Count = CountRange.AtLeast(2) })
            .Claim(Fields.RangeKm, ClaimValue.Of(1500), Sources.SouthKorea, "They flew about 1,500 km, according to the South Korean military.", Qualifiers.About, "South Korean military")
            .Build(),
        new SyntheticArticle("a3-hypersonic-seoul", new DateOnly(2024, 1, 14), "Seoul Synthetic Daily", "Hypersonic launch into the East Sea", "https://example.org/seoul/hypersonic")
            .Say("North Korea launched a ballistic missile from the Pyongyang area on Sunday afternoon, the Joint Chiefs of Staff said.")
            .Say("The JCS said one missile was fired and flew about 1,000 km before landing in the East Sea.")
            .Launch(new LaunchEvent
            {
                Date = Day(2024, 1, 14), Category = Categories.Hypersonic, RangeClass = RangeClasses.Irbm, Site = Pyongyang, Direction = "east",
                RangeKm = 1000, ApogeeKm = 50, Count = CountRange.Exactly(1), TimeLocal = "14:55", Weekday = "Sunday",
            })
            .Claim(Fields.Count, ClaimValue.Of(CountRange.Exactly(1)), Sources.SouthKorea, "The JCS said one missile was fired and flew about 1,000 km before landing in the East Sea.", Qualifiers.Exact, "Joint Chiefs of Staff")
            .Claim(Fields.RangeKm, ClaimValue.Of(1000), Sources.SouthKorea, "The JCS said one missile was fired and flew about 1,000 km before landing in the East Sea.", Qualifiers.About, "Joint Chiefs of Staff")
            .Build(),
        new SyntheticArticle("a4-hypersonic-tokyo", new DateOnly(2024, 1, 14), "Tokyo Synthetic Times", "Japan reports two missiles")
            .Say("Japan's defence ministry said North Korea fired two ballistic missiles on Sunday.")
            .Say("The ministry said the missiles reached a maximum altitude of about 50 km and fell outside Japan's exclusive economic zone.")
            .Launch(new LaunchEvent
            {
                Date = Day(2024, 1, 14), Category = Categories.Hypersonic, RangeClass = RangeClasses.Irbm, Site = Pyongyang, Direction = "east",
                ApogeeKm = 50, Count = CountRange.Exactly(2), Impact = new Impact("Sea of Japan", Eez.Outside),
            })
            .Claim(Fields.Count, ClaimValue.Of(CountRange.Exactly(2)), Sources.Japan, "Japan's defence ministry said North Korea fired two ballistic missiles on Sunday.", Qualifiers.Exact, "Ministry of Defense")
            .Claim(Fields.ApogeeKm, ClaimValue.Of(50), Sources.Japan, "The ministry said the missiles reached a maximum altitude of about 50 km and fell outside Japan's exclusive economic zone.", Qualifiers.About, "Ministry of Defense")
            .Build(),
        new SyntheticArticle("a5-cruise-jan", new DateOnly(2024, 1, 24), "Synthetic Herald")
            .Say("North Korea fired several cruise missiles on Wednesday, the South's military said, without saying where they were launched from.")
            .Launch(new LaunchEvent { Date = Day(2024, 1, 24), Category = Categories.Cruise })
            .Claim(Fields.Category, ClaimValue.Of("cruise"), Sources.SouthKorea, "North Korea fired several cruise missiles on Wednesday, the South's military said, without saying where they were launched from.", Qualifiers.Exact, "South's military")
            .Build(),
        new SyntheticArticle("a6-srbm-march", new DateOnly(2024, 3, 18), "Seoul Synthetic Daily", "Short-range missiles")
            .Say("North Korea fired short-range ballistic missiles from the Pyongyang area on Monday that flew about 300 km to the northeast, the JCS said.")
            .Say("The launch came two months after the North tested a hypersonic missile on January 14.")
            .Launch(new LaunchEvent { Date = Day(2024, 3, 18), Category = Categories.Ballistic, RangeClass = RangeClasses.Srbm, Site = Pyongyang, Direction = "northeast", RangeKm = 300 })
            .Claim(Fields.RangeKm, ClaimValue.Of(300), Sources.SouthKorea, "North Korea fired short-range ballistic missiles from the Pyongyang area on Monday that flew about 300 km to the northeast, the JCS said.", Qualifiers.About, "Joint Chiefs of Staff")
            .Launch(new LaunchEvent { Role = Roles.Reference, Date = Day(2024, 1, 14), Category = Categories.Hypersonic })
            .Claim(Fields.Date, ClaimValue.Of("2024-01-14"), Sources.Media, "The launch came two months after the North tested a hypersonic missile on January 14.")
            .Build(),
        new SyntheticArticle(HostileName, new DateOnly(2024, 5, 30), "<script>window.__xss='outlet'</script>", "<img src=x onerror=\"window.__xss='title'\">", "javascript:window.__xss='url'")
            .Say($"North Korea fired rocket artillery from Sunan on Thursday. {HostileScript}")
            .Say($"The rockets flew about 350 km east, the JCS said. {HostileImage} {HostileLink}")
            .Removed("<iframe src=\"javascript:window.__xss='removed'\"></iframe>", "related-list")
            .Launch(new LaunchEvent { Date = Day(2024, 5, 30), Category = Categories.RocketArtillery, Site = Sunan, Direction = "east", RangeKm = 350 })
            .Claim(Fields.RangeKm, ClaimValue.Of(350), Sources.SouthKorea, $"The rockets flew about 350 km east, the JCS said. {HostileImage} {HostileLink}", Qualifiers.About, "<b onmouseover=\"window.__xss='speaker'\">JCS</b>")
            .Build(),
        new SyntheticArticle("a8-sanctions", new DateOnly(2024, 2, 1), "Synthetic Herald", "New sanctions")
            .Say("Several governments announced new sanctions on Thursday; no launch was reported.")
            .Build(),
    ];

    /// <summary>Ingests every article into the store and returns the outcomes, in order.</summary>
    public static IReadOnlyList<IngestOutcome> Seed(IEventStore store)
    {
        store.Migrate();
        return Articles().Select(a => store.Ingest(a.Document, a.Report)).ToList();
    }
}
