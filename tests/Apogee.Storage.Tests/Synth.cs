using Apogee.Core.Model;

namespace Apogee.Storage.Tests;

/// <summary>
/// Synthetic documents and reports written for these tests (never article text): each claim becomes one sentence of the
/// document, and the claim's quote and offsets point at it, as the contract requires.
/// </summary>
public static class Synth
{
    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static SiteRef Site(string name, double lat, double lon, string kind = Vocabulary.SiteKinds.Facility) => new(name, kind, lat, lon);

    public static SiteRef Sunan => Site("Sunan", 39.2, 125.67, Vocabulary.SiteKinds.Facility);

    public static SiteRef Sinpo => Site("Sinpo", 40.03, 128.18, Vocabulary.SiteKinds.Facility);

    public static SiteRef Tongchang => Site("Tongchang-ri", 39.66, 124.7, Vocabulary.SiteKinds.Facility);

    public static (string Field, ClaimValue Value, string Source, string Qualifier) Fig(string field, double value, string source, string qualifier = Vocabulary.Qualifiers.Exact) =>
        (field, ClaimValue.Of(value), source, qualifier);

    public static LaunchEvent Event(string day, SiteRef? site = null, string? time = null, string category = Vocabulary.Categories.Ballistic,
        string role = Vocabulary.Roles.Primary, double? rangeKm = null, params (string Field, ClaimValue Value, string Source, string Qualifier)[] claims) =>
        new()
        {
            Role = role,
            Date = DateBounds.Day(Day(day), "test"),
            Site = site,
            TimeLocal = time,
            Category = category,
            RangeKm = rangeKm,
            Claims = claims.Select(c => new Claim(c.Field, c.Value, c.Qualifier, c.Source, null, "", 0, 0)).ToList(),
        };

    /// <summary>A document whose text is built from its events' claims, with quotes and offsets filled in.</summary>
    public static (CleanDocument Doc, LaunchReport Report) Doc(string name, string published, params LaunchEvent[] events)
    {
        var text = new System.Text.StringBuilder($"Synthetic report {name}. ");
        var placed = new List<LaunchEvent>();
        foreach (var e in events)
        {
            var claims = new List<Claim>();
            foreach (var c in e.Claims)
            {
                var sentence = $"A {c.Source} official said the {c.Field.Replace('_', ' ')} was {c.Value} in report {name}.";
                var start = text.Length;
                text.Append(sentence).Append(' ');
                claims.Add(c with { Quote = sentence, Start = start, End = start + sentence.Length });
            }

            placed.Add(e with { Claims = claims });
        }

        var meta = new DocumentMetadata(Day(published), $"https://example.test/{name}", "Test Wire", $"Title {name}");
        var doc = new CleanDocument(name, $"/synthetic/{name}.txt", text.ToString().TrimEnd(), meta, [new RemovedSpan("Subscribe now", "signup-prompt")], ["A caption."]);
        return (doc, new LaunchReport(name, meta.Published, events.Length > 0, placed));
    }

    public static (CleanDocument Doc, LaunchReport Report) Irrelevant(string name) =>
        (new CleanDocument(name, $"/synthetic/{name}.txt", $"Synthetic note {name} about sanctions talks.", DocumentMetadata.Empty, [], []),
         new LaunchReport(name, null, false, []));
}
