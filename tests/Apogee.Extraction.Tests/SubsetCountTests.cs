using Apogee.Extraction.Quantities;

namespace Apogee.Extraction.Tests;

/// <summary>
/// One of the missiles already counted, described ("including one believed to be an ICBM"), is no count of one.
/// Synthetic sentences.
/// </summary>
public class SubsetCountTests
{
    [Theory]
    [InlineData("North Korea launched three missiles on Thursday, including one believed to be an ICBM, Seoul said.", "3")]
    [InlineData("North Korea fired two ballistic missiles on Thursday, one of which appeared to be an SLBM, the JCS said.", "2")]
    [InlineData("North Korea fired several missiles on Thursday, among them an apparent ICBM, Japan said.", "2+")]
    [InlineData("Pyongyang fired two projectiles, one of them identified as a new short-range missile.", "2")]
    // Alone in its sentence, "a missile" is the count.
    [InlineData("The projectile was believed to be a short-range missile, officials said.", "1")]
    public void A_described_member_of_a_count_is_no_count_of_its_own(string sentence, string expected)
    {
        var counts = CountFinder.Find(sentence).Select(f => f.Value.Count!).Select(c => c.Max == c.Min ? $"{c.Min}" : $"{c.Min}+").ToList();
        Assert.Equal(expected, Assert.Single(counts));
    }
}
