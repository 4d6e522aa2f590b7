using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Apogee.Core.Catalogue;
using Apogee.Storage;
using Apogee.Web.Tests.Support;
using Xunit.Abstractions;

namespace Apogee.Web.Tests;

/// <summary>
/// The catalogue on the web, against a real `apogee serve`: the API gives each event its catalogue launch (or null) and
/// the event page's field checks; the browser shows the catalogue card beside the figures and marks unlinked rows.
/// </summary>
public sealed class CatalogueWebTests(ITestOutputHelper output)
{
    /// <summary>A synthetic catalogue launch for the synthetic corpus's ICBM of 2023-07-12 (not a real CNS row).</summary>
    private static readonly CatalogueLaunch Icbm =
        new(0, new DateOnly(2023, 7, 12), "North Korea", "Hwasong-18", "ICBM", "Pyongyang International Airport", 39.22, 125.67, 1, 6000, 1000, "Success", "synthetic.csv:2");

    [Fact]
    public async Task Event_page_and_api_put_the_catalogue_beside_the_consolidated_values()
    {
        using var db = new SeededDatabase();
        using (var store = EventStoreFactory.Open(db.Path))
        {
            Assert.Equal(1, store.ImportCatalogue([Icbm]).EventsRelinked);
        }

        using var server = await ServeProcess.StartAsync(db.Path, "catalogue-test-key");
        using var http = new HttpClient { BaseAddress = server.Url };
        var page = (await http.GetFromJsonAsync<JsonObject>("/api/events?limit=100"))!;
        var items = page["items"]!.AsArray();
        var linked = Assert.Single(items, e => e!["catalogue"] is not null)!;
        Assert.Equal(
            """{"id":1,"date":"2023-07-12","missile":"Hwasong-18","facility":"Pyongyang International Airport","count":1,"apogee_km":6000,"distance_km":1000}""",
            linked["catalogue"]!.ToJsonString());
        var id = linked["id"]!.GetValue<long>();
        var lacking = items.First(e => e!["catalogue"] is null && e["category"]!.GetValue<string>() != "cruise")!["id"]!.GetValue<long>();

        var detail = (await http.GetFromJsonAsync<JsonObject>($"/api/events/{id}"))!;
        var checks = detail["catalogue_checks"]!.AsArray().ToDictionary(c => c!["field"]!.GetValue<string>(), c => c!["agrees"]?.GetValue<bool>());
        Assert.Equal(true, checks["day"]);
        Assert.Equal(true, checks["site"]);
        Assert.Equal(true, checks["apogee"]);
        Assert.Null(checks["missile"]);

        var expected = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["title"] = "Catalogue (CNS launch 1)",
            ["rows"] = new Dictionary<string, string[]>
            {
                ["day"] = ["2023-07-12", "2023-07-12", "yes"],
                ["apogee"] = ["6000 km", "6000 km", "yes"],
                ["missile"] = ["—", "Hwasong-18", "—"],
            },
            ["none"] = items.Count - 1,
            ["lacking_event"] = lacking,
        });
        await BrowserScript.RunAsync(output, TimeSpan.FromSeconds(120), "browser/catalogue.mjs", server.Url.ToString().TrimEnd('/'), id.ToString(System.Globalization.CultureInfo.InvariantCulture), expected);
    }
}
