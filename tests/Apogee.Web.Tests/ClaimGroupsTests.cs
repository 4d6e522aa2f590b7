using System.Diagnostics;
using System.Text.Json;
using Apogee.Core.Model;
using Apogee.Storage;
using Apogee.Web.Tests.Support;
using Xunit.Abstractions;
using static Apogee.Core.Model.Vocabulary;

namespace Apogee.Web.Tests;

/// <summary>
/// Claims shown once: three articles quote North Korea's "space launch" and South Korea's 600 km, one gives Japan's
/// 650 km. `apogee serve` (real process, real SQLite) returns one group per (field, value, source) with its quotes,
/// and the event page (Debian's chromium, web/browser/claims.mjs) shows one chip and one line each, opening to the quotes.
/// </summary>
public sealed class ClaimGroupsTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("apogee-web-groups-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_event_detail_groups_identical_claims_with_their_quotes()
    {
        using var server = await ServeProcess.StartAsync(Seed(), "groups-key");
        using var http = new HttpClient { BaseAddress = server.Url };
        var e = await http.GetJson("/api/events/1");

        var groups = e.GetProperty("sources").EnumerateArray()
            .SelectMany(s => s.GetProperty("groups").EnumerateArray().Select(g => (Source: s.GetProperty("source").GetString(), Group: g)))
            .ToDictionary(x => $"{x.Source}: {x.Group.GetProperty("field").GetString()} = {x.Group.GetProperty("display").GetString()}", x => x.Group);
        Assert.Equal(["Japan: range_km = 650", "North Korea: category = space_launch", "South Korea: range_km = 600"], groups.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(3, groups["North Korea: category = space_launch"].GetProperty("quotes").GetInt32());
        Assert.Equal(1, groups["Japan: range_km = 650"].GetProperty("quotes").GetInt32());

        // Every quote is still there, each from its own article.
        var korea = groups["South Korea: range_km = 600"].GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(3, korea.Count);
        Assert.Equal(3, korea.Select(c => c.GetProperty("document_id").GetInt64()).Distinct().Count());
        Assert.Equal(3, korea.Select(c => c.GetProperty("quote").GetString()).Distinct().Count());
        var south = e.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("source").GetString() == Sources.SouthKorea);
        Assert.Equal(3, south.GetProperty("claims").GetInt32());
    }

    [Fact]
    public async Task The_event_page_shows_each_group_once_and_opens_it_to_its_quotes()
    {
        using var server = await ServeProcess.StartAsync(Seed(), "groups-key");
        await BrowserScript.RunAsync(output, TimeSpan.FromSeconds(90), "browser/claims.mjs", server.Url.ToString().TrimEnd('/'), "1");
    }

    private string Seed()
    {
        var path = Path.Combine(_folder, "apogee.db");
        using var store = EventStoreFactory.Open(path);
        store.Migrate();
        string[] desks = ["Seoul", "Wire", "Tokyo"];
        for (var i = 0; i < desks.Length; i++)
        {
            var space = $"State media of the North called it a space launch, the {desks[i]} desk wrote.";
            var range = $"The rocket flew 600 km, South Korea's military told the {desks[i]} desk.";
            var article = new SyntheticArticle($"g{i + 1}-{desks[i].ToLowerInvariant()}", new DateOnly(2024, 5, 27), $"{desks[i]} Synthetic Desk")
                .Say(space).Say(range);
            if (i == 2) article.Say("Tokyo put the range at 650 km.");
            article.Launch(new LaunchEvent
            {
                Date = DateBounds.Day(new DateOnly(2024, 5, 27), "explicit date"),
                Category = Categories.SpaceLaunch,
                Site = SyntheticCorpus.Pyongyang,
                RangeKm = 600,
            })
                .Claim(Fields.Category, ClaimValue.Of(Categories.SpaceLaunch), Sources.NorthKorea, space)
                .Claim(Fields.RangeKm, ClaimValue.Of(600), Sources.SouthKorea, range);
            if (i == 2) article.Claim(Fields.RangeKm, ClaimValue.Of(650), Sources.Japan, "Tokyo put the range at 650 km.");
            var (document, report) = article.Build();
            var outcome = store.Ingest(document, report);
            Assert.Equal(i == 0 ? 1 : 0, outcome.EventsCreated.Count);
        }

        return path;
    }
}
