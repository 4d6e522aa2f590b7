using Apogee.Core.Model;
using static Apogee.Core.Model.Vocabulary;

namespace Apogee.LoadCheck;

/// <summary>Synthetic launch reports for the load check: one event per day, rotating categories, sites and sources. Deterministic.</summary>
public static class LoadEvents
{
    private static readonly SiteRef[] Sites =
    [
        new("Pyongyang", SiteKinds.City, 39.03, 125.75), new("Sinpo", SiteKinds.City, 40.03, 128.18),
        new("Tongchang-ri", SiteKinds.Facility, 39.66, 124.7), new("Jagang", SiteKinds.Province, 40.8, 126.6),
        new("Wonsan", SiteKinds.City, 39.15, 127.44), new("Nampo", SiteKinds.City, 38.73, 125.4),
    ];

    private static readonly string[] Speakers = ["Joint Chiefs of Staff", "Ministry of Defense", "Indo-Pacific Command"];
    private static readonly string[] Sources = [Vocabulary.Sources.SouthKorea, Vocabulary.Sources.Japan, Vocabulary.Sources.UnitedStates];

    public static readonly DateOnly First = new(1750, 1, 1);

    public static (CleanDocument Document, LaunchReport Report) Make(int i)
    {
        var day = First.AddDays(i);
        var site = Sites[i % Sites.Length];
        var category = Categories.All[i % 5];
        var range = 100 + (i * 37 % 2900);
        var sentence = $"Launch {i}: the {Speakers[i % 3]} said a missile flew about {range} km from {site.Name}.";
        var text = $"Synthetic load-test report number {i}. {sentence}";
        var start = text.IndexOf(sentence, StringComparison.Ordinal);
        var claim = new Claim(Fields.RangeKm, ClaimValue.Of(range), Qualifiers.About, Sources[i % 3], Speakers[i % 3], sentence, start, start + sentence.Length);
        var e = new LaunchEvent
        {
            Date = DateBounds.Day(day, "load-test"), Category = category, Site = site, Direction = "east", RangeKm = range,
            Count = CountRange.Exactly(1 + (i % 3)), Claims = [claim],
        };
        var doc = new CleanDocument($"load-{i:D6}", "load", text, new DocumentMetadata(day, null, "Load Wire", null), [], []);
        return (doc, new LaunchReport(doc.Name, day, true, [e]));
    }
}
