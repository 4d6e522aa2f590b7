using System.Globalization;
using Apogee.Extraction.Quantities;

namespace Apogee.Extraction.Tests;

/// <summary>
/// A capability stated first does not take the figure a later clause tells as flown; figures of the capability's own
/// clause stay out. Synthetic sentences in wire and Japanese styles.
/// </summary>
public class CapabilityClauseTests
{
    private static readonly QuantityFinder Finder = new();

    [Theory]
    [InlineData("The missile, which has a range of 1,000 km, flew 800 km on Tuesday, Seoul said.", "range_km=800")]
    [InlineData("The missile has a range of 1,000 km, and it flew 800 km on Tuesday, Seoul said.", "range_km=800")]
    [InlineData("The Hwasong-12 can fly 4,500 km; the missile flew 800 km on Tuesday, Seoul said.", "range_km=800")]
    [InlineData("If fired on a normal trajectory it could fly 10,000 km, while on Tuesday it reached an altitude of 2,800 km.", "apogee_km=2800")]
    // The capability's own figures.
    [InlineData("The Hwasong-14 could reach Guam, which lies 3,400 km away, experts said.", "")]
    [InlineData("The missile is capable of flying 5,500 km, reaching targets in Alaska.", "")]
    public void A_later_clause_told_as_flown_keeps_its_figure(string sentence, string expected)
    {
        var got = string.Join(";", Finder.Find(sentence).Select(f => $"{f.Field}={f.Value.Number?.ToString(CultureInfo.InvariantCulture)}"));
        Assert.Equal(expected, got);
    }
}
