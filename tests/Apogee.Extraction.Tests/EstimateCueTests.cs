using System.Globalization;
using Apogee.Core.Model;

namespace Apogee.Extraction.Tests;

/// <summary>
/// "put / pegged the range at" tells a figure as the party's estimate: each figure of a two-party sentence keeps its
/// own party. Synthetic text in wire, Japanese and US styles.
/// </summary>
public class EstimateCueTests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    [Theory]
    [InlineData("South Korean officials put the range at 4,500 km, while Tokyo said the missile flew 4,600 km.", "range_km=4500:South Korea;range_km=4600:Japan")]
    [InlineData("Japan's defence ministry pegged the missile's altitude at about 2,000 km, and Seoul said it flew 950 km.", "apogee_km=2000:Japan;range_km=950:South Korea")]
    [InlineData("The Pentagon put the flight distance at roughly 1,000 km, while South Korea said 960 km.", "range_km=1000:United States;range_km=960:South Korea")]
    // "put" that estimates nothing leaves the figure to the speaker.
    [InlineData("The launch put the region on alert at 7 a.m., Japan said, adding the missile flew 800 km.", "range_km=800:Japan")]
    public void Each_figure_keeps_the_party_that_estimated_it(string sentence, string expected)
    {
        var text = "North Korea fires missile\n\nNorth Korea fired a ballistic missile on Tuesday. " + sentence;
        var doc = new CleanDocument("synthetic", "memory", text, new DocumentMetadata(DateOnly.ParseExact("2022-10-04", "yyyy-MM-dd", CultureInfo.InvariantCulture)), [], []);
        var claims = Extractor.Extract(doc).Primary!.Claims
            .Where(c => c.Field is "range_km" or "apogee_km")
            .Select(c => $"{c.Field}={c.Value.Number?.ToString(CultureInfo.InvariantCulture)}:{c.Source}")
            .ToHashSet();
        foreach (var want in expected.Split(';')) Assert.Contains(want, claims);
    }
}
