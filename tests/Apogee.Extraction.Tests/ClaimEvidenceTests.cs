using System.Globalization;
using Apogee.Core.Model;

namespace Apogee.Extraction.Tests;

/// <summary>One claim per (field, value, source) in a document; the sentences that repeat it are its evidence.</summary>
public class ClaimEvidenceTests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    private static CleanDocument Doc(string text) =>
        new("synthetic", "memory", text, new DocumentMetadata(DateOnly.ParseExact("2024-04-03", "yyyy-MM-dd", CultureInfo.InvariantCulture)), [], []);

    // Synthetic reports in three outlets' habits of repeating a figure: a wire lead and recap, a paper's lead and
    // body, a broadcaster's headline-style opener and closing summary.
    [Theory]
    [InlineData(
        "SEOUL, April 3 (Wire) -- North Korea fired a ballistic missile that flew about 600 km on Wednesday, South Korea's military said.\n" +
        "The missile was launched from near Pyongyang and flew about 600 km before landing in the sea, the military said.",
        600)]
    [InlineData(
        "North Korea launched a ballistic missile on Wednesday morning, the Joint Chiefs of Staff said, adding it travelled 1,000 km.\n" +
        "Seoul's Joint Chiefs of Staff said the missile travelled 1,000 km and reached an altitude of 100 km.\n" +
        "Officials in Tokyo did not comment.",
        1000)]
    [InlineData(
        "North Korea fired a missile on Wednesday that flew 350 km, the South Korean military said.\n" +
        "It was the North's third launch of the year.\n" +
        "The missile flew 350 km, according to South Korea's military.",
        350)]
    public void A_figure_a_source_repeats_is_one_claim_with_every_sentence_as_evidence(string text, double km)
    {
        var report = Extractor.Extract(Doc(text));

        var claim = Assert.Single(report.Primary!.Claims, c => c.Field == Vocabulary.Fields.RangeKm && c.Value.Number == km);
        Assert.Equal(Vocabulary.Sources.SouthKorea, claim.Source);
        var quotes = claim.Quotes();
        Assert.Equal(2, quotes.Count);
        Assert.True(quotes[0].Start < quotes[1].Start);
        Assert.All(quotes, q => Assert.Equal(q.Quote, text[q.Start..q.End]));
        Assert.Contains(quotes, q => q.Start == claim.Start);
    }

    [Fact]
    public void Two_sources_giving_the_same_figure_stay_two_claims()
    {
        const string text =
            "North Korea fired a ballistic missile on Wednesday, South Korea's military said, adding it flew 500 km.\n" +
            "Japan's defense ministry said the missile flew 500 km.";
        var claims = Extractor.Extract(Doc(text)).Primary!.Claims.Where(c => c.Field == Vocabulary.Fields.RangeKm).ToList();

        Assert.Equal([Vocabulary.Sources.SouthKorea, Vocabulary.Sources.Japan], claims.Select(c => c.Source));
        Assert.All(claims, c => Assert.Null(c.Evidence));
    }

    [Fact]
    public void A_document_never_repeats_a_field_value_and_source()
    {
        const string text =
            "North Korea fired two ballistic missiles on Wednesday, the South Korean military said.\n" +
            "The two missiles were fired from Wonsan, the military said.\n" +
            "The two ballistic missiles flew 400 km, it said.";
        var claims = Extractor.Extract(Doc(text)).Primary!.Claims;

        Assert.Equal(claims.Count, claims.Select(c => (c.Field, c.Value, c.Source)).Distinct().Count());
    }
}
