using Apogee.Cli.Framework;
using Apogee.Core.Model;
using Apogee.Core.Storage;
using Apogee.Storage;

namespace Apogee.Cli.Tests;

/// <summary>
/// A temp folder with a synthetic database (hand-built reports, no extractor involved, so outputs are stable) and a
/// way to run the CLI in it in-process. All text here is written for the tests.
/// </summary>
public sealed class EventsTestData : IDisposable
{
    public EventsTestData()
    {
        Dir = Directory.CreateTempSubdirectory("apogee-cli-").FullName;
        Db = Path.Combine(Dir, "events.db");
    }

    public string Dir { get; }

    public string Db { get; }

    public static Claim Claim(string field, ClaimValue value, string source, string quote, string qualifier = Vocabulary.Qualifiers.Exact, string? speaker = null) =>
        new(field, value, qualifier, source, speaker, quote, 0, quote.Length);

    /// <summary>Three documents: two reports of one Sunan launch that disagree on range, one Sinpo launch, one undated launch without a site.</summary>
    public EventsTestData Seed()
    {
        using var store = EventStoreFactory.Open(Db);
        Add(store, "seoul-desk", "2024-04-02", new LaunchEvent
        {
            Date = DateBounds.Day(new DateOnly(2024, 4, 2), "weekday+published"),
            TimeLocal = "07:30",
            Category = Vocabulary.Categories.Ballistic,
            RangeClass = Vocabulary.RangeClasses.Srbm,
            Site = new SiteRef("Sunan", Vocabulary.SiteKinds.Facility, 39.2, 125.67),
            Count = CountRange.Exactly(1),
            RangeKm = 700,
            Claims =
            [
                Claim(Vocabulary.Fields.RangeKm, ClaimValue.Of(700), Vocabulary.Sources.SouthKorea, "The Joint Chiefs said the missile flew 700 km.", speaker: "Joint Chiefs of Staff"),
                Claim(Vocabulary.Fields.Count, ClaimValue.Of(CountRange.Exactly(1)), Vocabulary.Sources.SouthKorea, "One missile was fired, the Joint Chiefs said."),
            ],
        });
        Add(store, "wire-desk", "2024-04-03", new LaunchEvent
        {
            Date = DateBounds.Day(new DateOnly(2024, 4, 2), "weekday+published"),
            Category = Vocabulary.Categories.Hypersonic,
            Site = new SiteRef("Pyongyang", Vocabulary.SiteKinds.City, 39.03, 125.75),
            RangeKm = 800,
            ApogeeKm = 50,
            Claims =
            [
                Claim(Vocabulary.Fields.RangeKm, ClaimValue.Of(800), Vocabulary.Sources.Media, "A wire report put the range near 800 km.", Vocabulary.Qualifiers.About),
                Claim(Vocabulary.Fields.ApogeeKm, ClaimValue.Of(50), Vocabulary.Sources.Japan, "Tokyo said it climbed to 50 km.", speaker: "Ministry of Defense"),
            ],
        });
        Add(store, "east-desk", "2024-05-10", new LaunchEvent
        {
            Date = DateBounds.Day(new DateOnly(2024, 5, 10), "explicit date"),
            Category = Vocabulary.Categories.Cruise,
            Site = new SiteRef("Sinpo", Vocabulary.SiteKinds.Facility, 40.03, 128.18),
            RangeKm = 1500,
            Claims = [Claim(Vocabulary.Fields.RangeKm, ClaimValue.Of(1500), Vocabulary.Sources.NorthKorea, "State media said it flew 1,500 km.", speaker: "KCNA")],
        });
        Add(store, "vague-desk", "2024-06-20", new LaunchEvent
        {
            Date = new DateBounds(new DateOnly(2024, 6, 19), new DateOnly(2024, 6, 20), "published-1..published"),
            Category = Vocabulary.Categories.Unknown,
            Claims = [],
        });
        return this;
    }

    /// <summary>Three reports of one Sinpo launch, each quoting South Korea's 600 km in its own words, and one Japanese figure.</summary>
    public EventsTestData SeedRepeatedClaims()
    {
        using var store = EventStoreFactory.Open(Db);
        string[] quotes = ["Seoul said the missile flew 600 km.", "The South's military put the range at 600 km.", "It travelled 600 km, the Joint Chiefs said."];
        for (var i = 0; i < quotes.Length; i++)
        {
            Claim[] claims = i == 2
                ? [Claim(Vocabulary.Fields.RangeKm, ClaimValue.Of(600), Vocabulary.Sources.SouthKorea, quotes[i], speaker: "Joint Chiefs of Staff"), Claim(Vocabulary.Fields.RangeKm, ClaimValue.Of(650), Vocabulary.Sources.Japan, "Tokyo said 650 km.")]
                : [Claim(Vocabulary.Fields.RangeKm, ClaimValue.Of(600), Vocabulary.Sources.SouthKorea, quotes[i])];
            Add(store, $"desk-{i + 1}", "2024-07-01", new LaunchEvent
            {
                Date = DateBounds.Day(new DateOnly(2024, 7, 1), "explicit date"),
                Category = Vocabulary.Categories.Ballistic,
                Site = new SiteRef("Sinpo", Vocabulary.SiteKinds.Facility, 40.03, 128.18),
                RangeKm = 600,
                Claims = claims,
            });
        }

        return this;
    }

    public (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new CliContext(stdout, stderr, new StringReader(""), Dir, TimeProvider.System)
        {
            Environment = name => name == "APOGEE_DB" ? Db : null,
        };
        var code = CliApp.Run(args, context);
        return (code, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Dir, recursive: true);
    }

    private static void Add(IEventStore store, string name, string published, LaunchEvent ev)
    {
        var text = $"Synthetic article {name}. " + string.Join(" ", ev.Claims.Select(c => c.Quote));
        var offset = $"Synthetic article {name}. ".Length;
        var claims = new List<Claim>();
        foreach (var c in ev.Claims)
        {
            claims.Add(c with { Start = offset, End = offset + c.Quote.Length });
            offset += c.Quote.Length + 1;
        }

        var meta = new DocumentMetadata(DateOnly.ParseExact(published, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), $"https://example.test/{name}", "Example Wire");
        var outcome = store.Ingest(new CleanDocument(name, $"/synthetic/{name}.txt", text, meta, [], []), new LaunchReport(name, meta.Published, true, [ev with { Claims = claims }]));
        if (outcome.Status != IngestStatus.New) throw new InvalidOperationException(outcome.Error);
    }
}
