using Apogee.Extraction.Dates;
using Apogee.Knowledge;

namespace Apogee.Extraction.Tests;

/// <summary>How the several offices of one person, named several times in a story, bound its launch date.</summary>
public sealed class OfficeholderTermsTests
{
    private static readonly DateResolver Resolver = new();

    private static DateOnly? D(string? s) => s is null ? null : DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static readonly Officeholder ForeignMinister = new("Ann Example", "Foreign Minister", "Japan", D("2012-12-26")!.Value, D("2017-08-03"), ["Ann Example"]);
    private static readonly Officeholder PrimeMinister = ForeignMinister with { Office = "Prime Minister", From = D("2021-10-04")!.Value, To = D("2024-10-01") };

    private static ResolvedDate Resolve(params OfficeholderMention[] mentions) =>
        Resolver.Resolve(new DateEvidence(null, null, false, ["It fired a missile."], ["Prime Minister Ann Example spoke. Example said it was unacceptable."], mentions));

    [Fact]
    public void A_titled_mention_picks_the_office_a_later_bare_mention_of_the_same_person_means()
    {
        // "Prime Minister Example" names one term; the bare "Example" after it could be either, and a story is of one time.
        var r = Resolve(
            new OfficeholderMention(PrimeMinister, 0, 26, "Prime Minister Ann Example"),
            new OfficeholderMention(ForeignMinister, 33, 7, "Example"),
            new OfficeholderMention(PrimeMinister, 33, 7, "Example"));
        Assert.Equal(D("2021-10-04"), r.Bounds.Earliest);
        Assert.Equal(D("2024-10-01"), r.Bounds.Latest);
    }

    [Fact]
    public void A_bare_mention_alone_spans_every_office_of_its_holder()
    {
        var r = Resolve(new OfficeholderMention(ForeignMinister, 33, 7, "Example"), new OfficeholderMention(PrimeMinister, 33, 7, "Example"));
        Assert.Equal(D("2012-12-26"), r.Bounds.Earliest);
        Assert.Equal(D("2024-10-01"), r.Bounds.Latest);
    }

    [Fact]
    public void Two_titled_mentions_of_different_offices_span_both()
    {
        var r = Resolve(new OfficeholderMention(ForeignMinister, 0, 26, "Foreign Minister Ann Example"), new OfficeholderMention(PrimeMinister, 33, 26, "Prime Minister Ann Example"));
        Assert.Equal(D("2012-12-26"), r.Bounds.Earliest);
        Assert.Equal(D("2024-10-01"), r.Bounds.Latest);
    }
}
