using System.Text.Json;

namespace Apogee.Knowledge.Tests;

/// <summary>
/// Checks the knowledge against the shared real material (read at test time from ../shared, never copied):
/// the gold launch sites must resolve to gazetteer places within the gold tolerance, and every corpus article
/// must search cleanly. Without ../shared these tests have nothing to check and pass.
/// </summary>
public sealed class SharedDataTests
{
    private static string SharedRoot => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared"));

    [Fact]
    public void Gold_launch_sites_resolve_within_their_tolerance()
    {
        var gold = Path.Combine(SharedRoot, "gold");
        if (!Directory.Exists(gold))
        {
            return;
        }

        var checkedSites = 0;
        foreach (var file in Directory.GetFiles(gold, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            if (!doc.RootElement.TryGetProperty("primary", out var primary) || primary.ValueKind != JsonValueKind.Object
                || !primary.TryGetProperty("site", out var site) || site.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var names = site.GetProperty("names").EnumerateArray().Select(n => n.GetString()!).ToArray();
            Assert.True(names.Any(n => Gazetteer.Default.Lookup(n) is not null || Gazetteer.Default.LookupSea(n) is not null),
                $"{file}: none of {string.Join(", ", names)} is known");
            if (!site.TryGetProperty("lat", out var lat) || lat.ValueKind != JsonValueKind.Number)
            {
                continue;
            }

            var place = Gazetteer.Default.Lookup(names[0]);
            Assert.NotNull(place);
            var km = DistanceKm(place.Lat!.Value, place.Lon!.Value, lat.GetDouble(), site.GetProperty("lon").GetDouble());
            Assert.True(km <= site.GetProperty("tolerance_km").GetDouble(), $"{file}: {names[0]} is {km:F0} km from the gold site");
            checkedSites++;
        }

        Assert.True(checkedSites > 0);
    }

    [Fact]
    public void Every_corpus_article_searches_cleanly()
    {
        var corpus = Path.Combine(SharedRoot, "corpus");
        if (!Directory.Exists(corpus))
        {
            return;
        }

        foreach (var file in Directory.GetFiles(corpus, "*.txt", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            var spans = Gazetteer.Default.FindAll(text).Select(m => (m.Start, m.Length, m.Surface))
                .Concat(Gazetteer.Default.FindSeas(text).Select(m => (m.Start, m.Length, m.Surface)))
                .Concat(MissileCatalogue.Default.FindAll(text).Select(m => (m.Start, m.Length, m.Surface)))
                .Concat(Officeholders.Default.FindAll(text).Select(m => (m.Start, m.Length, m.Surface)));
            Assert.All(spans, s => Assert.Equal(s.Surface, text.Substring(s.Start, s.Length)));
        }
    }

    private static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6371.0;
        var dLat = double.DegreesToRadians(lat2 - lat1);
        var dLon = double.DegreesToRadians(lon2 - lon1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2)
            + Math.Cos(double.DegreesToRadians(lat1)) * Math.Cos(double.DegreesToRadians(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * R * Math.Asin(Math.Sqrt(a));
    }
}
