using System.Text.Json;

namespace Apogee.Web.Tests.Support;

/// <summary>Small helpers to read API responses as JSON documents.</summary>
public static class Http
{
    public static async Task<JsonElement> Json(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJson(this HttpClient client, string url)
    {
        using var r = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(r.IsSuccessStatusCode, $"GET {url}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        return await r.Json();
    }

    public static IEnumerable<JsonElement> Items(this JsonElement page) => page.GetProperty("items").EnumerateArray();
}
