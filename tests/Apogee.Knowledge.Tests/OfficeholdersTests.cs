namespace Apogee.Knowledge.Tests;

public sealed class OfficeholdersTests
{
    private static readonly Officeholders O = Officeholders.Default;

    [Theory]
    [InlineData("Prime Minister Sanae Takaichi condemned the launch.", "Sanae Takaichi", "Prime Minister", "2025-10-21", null)]
    [InlineData("President Moon Jae-in convened the NSC.", "Moon Jae-in", "President", "2017-05-10", "2022-05-10")]
    [InlineData("President Moon Jae In convened the NSC.", "Moon Jae-in", "President", "2017-05-10", "2022-05-10")]
    [InlineData("President Moon convened the NSC.", "Moon Jae-in", "President", "2017-05-10", "2022-05-10")]
    [InlineData("Yoon Suk-yeol ordered a response.", "Yoon Suk Yeol", "President", "2022-05-10", "2025-04-04")]
    [InlineData("Lee Jae Myung ordered a response.", "Lee Jae-myung", "President", "2025-06-04", null)]
    [InlineData("Foreign Minister Fumio Kishida told reporters.", "Fumio Kishida", "Foreign Minister", "2012-12-26", "2017-08-03")]
    [InlineData("Vice President Joe Biden said.", "Joe Biden", "Vice President", "2009-01-20", "2017-01-20")]
    [InlineData("Vice President Biden said.", "Joe Biden", "Vice President", "2009-01-20", "2017-01-20")]
    [InlineData("Foreign Minister Kishida said.", "Fumio Kishida", "Foreign Minister", "2012-12-26", "2017-08-03")]
    [InlineData("Vice President Mike Pence warned.", "Mike Pence", "Vice President", "2017-01-20", "2021-01-20")]
    [InlineData("U.S. Secretary of State Rex Tillerson said.", "Rex Tillerson", "Secretary of State", "2017-02-01", "2018-04-26")]
    [InlineData("Secretary of State Mike Pompeo said.", "Mike Pompeo", "Secretary of State", "2018-04-26", "2021-01-20")]
    [InlineData("CIA Director Mike Pompeo said.", "Mike Pompeo", "CIA Director", "2017-01-23", "2018-04-26")]
    [InlineData("Sen. Marco Rubio said.", "Marco Rubio", "Senator", "2011-01-03", "2025-01-20")]
    [InlineData("U.N. Ambassador Nikki Haley said.", "Nikki Haley", "UN Ambassador", "2017-01-27", "2019-01-01")]
    [InlineData("UN Secretary-General Antonio Guterres condemned it.", "Antonio Guterres", "UN Secretary-General", "2017-01-01", null)]
    [InlineData("Foreign Minister Kang Kyung-wha said.", "Kang Kyung-wha", "Foreign Minister", "2017-06-18", "2021-02-09")]
    [InlineData("Prime Minister Kishida told reporters.", "Fumio Kishida", "Prime Minister", "2021-10-04", "2024-10-01")]
    [InlineData("Junichiro Koizumi visited Pyongyang.", "Junichiro Koizumi", "Prime Minister", "2001-04-26", "2006-09-26")]
    [InlineData("Japanese Prime Minister Yoshihide Suga said.", "Yoshihide Suga", "Prime Minister", "2020-09-16", "2021-10-04")]
    [InlineData("Chief Cabinet Secretary Yoshihide Suga said.", "Yoshihide Suga", "Chief Cabinet Secretary", "2012-12-26", "2020-09-16")]
    [InlineData("Defense Secretary Lloyd Austin said.", "Lloyd Austin", "Defense Secretary", "2021-01-22", "2025-01-20")]
    [InlineData("Secretary of Defense Austin said.", "Lloyd Austin", "Defense Secretary", "2021-01-22", "2025-01-20")]
    [InlineData("Hegseth said the US was ready.", "Pete Hegseth", "Defense Secretary", "2025-01-25", null)]
    [InlineData("President Park Geun-hye said.", "Park Geun-hye", "President", "2013-02-25", "2017-03-10")]
    [InlineData("President George W. Bush said.", "George W. Bush", "President", "2001-01-20", "2009-01-20")]
    [InlineData("President Biden said.", "Joe Biden", "President", "2021-01-20", "2025-01-20")]
    [InlineData("Chinese President Xi Jinping called for calm.", "Xi Jinping", "President", "2013-03-14", null)]
    [InlineData("Russian President Dmitry Medvedev said.", "Dmitry Medvedev", "President", "2008-05-07", "2012-05-07")]
    [InlineData("Prime Minister Yoshihiko Noda said.", "Yoshihiko Noda", "Prime Minister", "2011-09-02", "2012-12-26")]
    [InlineData("Minister of National Defense Song Young-moo said.", "Song Young-moo", "Defense Minister", "2017-07-14", "2018-09-21")]
    [InlineData("When Takaichi spoke, markets fell.", "Sanae Takaichi", "Prime Minister", "2025-10-21", null)]
    [InlineData("Ms. Takaichi spoke.", "Sanae Takaichi", "Prime Minister", "2025-10-21", null)]
    public void Mentions_resolve_to_the_tenure(string text, string name, string office, string from, string? to)
    {
        var mention = Assert.Single(O.FindAll(text));
        Assert.Equal(name, mention.Holder.Name);
        Assert.Equal(office, mention.Holder.Office);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), mention.Holder.From);
        Assert.Equal(to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), mention.Holder.To);
        Assert.False(mention.Former);
    }

    [Theory]
    [InlineData("Kim said nothing.")]
    [InlineData("President Kim said nothing.")]
    [InlineData("President Lee said nothing.")]
    [InlineData("President Bush said nothing.")]
    [InlineData("Abe is a common nickname.")]
    [InlineData("The moon rose over Moon Bay.")]
    [InlineData("Gates of the base were shut.")]
    [InlineData("Health Minister Kishida said.")]
    [InlineData("Governor Pence said.")]
    [InlineData("President-elect Trump said.")]
    [InlineData("Austin is in Texas.")]
    [InlineData("Reporting by Leika Kihara in Tokyo.")]
    public void Ambiguous_or_other_role_mentions_match_nobody(string text) => Assert.Empty(O.FindAll(text));

    [Theory]
    [InlineData("Former President Moon Jae-in said.", true)]
    [InlineData("former U.S. President Donald Trump said.", true)]
    [InlineData("ex-Prime Minister Kishida said.", true)]
    [InlineData("the late Shinzo Abe was remembered.", true)]
    [InlineData("then-President Moon said.", true)]
    [InlineData("during Trump's first term, talks began.", true)]
    [InlineData("the former leader met Prime Minister Kishida.", false)]
    [InlineData("President Yoon Suk Yeol said.", false)]
    [InlineData("the birthday of late leader Kim Jong Il", true)]
    [InlineData("late Tuesday President Yoon Suk Yeol said.", false)]
    [InlineData("late on Tuesday President Yoon Suk Yeol said.", false)]
    public void Former_marks_past_references(string text, bool former) =>
        Assert.All(O.FindAll(text), m => Assert.Equal(former, m.Former));

    [Fact]
    public void A_name_with_several_tenures_yields_one_mention_per_tenure()
    {
        var found = O.FindAll("President Donald Trump said.");
        Assert.Equal(2, found.Count);
        Assert.Equal(found[0].Start, found[1].Start);
        Assert.Equal([new DateOnly(2017, 1, 20), new DateOnly(2025, 1, 20)], found.Select(m => m.Holder.From));
        var abe = O.FindAll("Prime Minister Shinzo Abe said.");
        Assert.Equal(2, abe.Count);
        Assert.All(abe, m => Assert.Equal("Prime Minister", m.Holder.Office));

        // An untitled name stands for every office its holder had: "Kishida" in 2016 was the foreign minister.
        var kishida = O.FindAll("Kishida told reporters it was unacceptable.");
        Assert.Equal(["Foreign Minister", "Prime Minister"], kishida.Select(m => m.Holder.Office).Order());
    }

    [Fact]
    public void Tenures_of_one_office_do_not_overlap_and_patterns_are_listed()
    {
        // A legislature has many seats at once; every other office has one holder at a time.
        foreach (var office in O.Holders.Where(h => h.Office != "Senator").GroupBy(h => (h.Country, h.Office)))
        {
            var ordered = office.OrderBy(h => h.From).ToArray();
            for (var i = 1; i < ordered.Length; i++)
            {
                Assert.True(ordered[i - 1].To is { } end && end <= ordered[i].From, $"{ordered[i - 1].Name} overlaps {ordered[i].Name}");
            }
        }

        var takaichi = Assert.Single(O.Holders, h => h.Name == "Sanae Takaichi");
        Assert.Contains("Takaichi", takaichi.Patterns);
        Assert.Contains("Prime Minister Takaichi", takaichi.Patterns);
        Assert.True(takaichi.Covers(new DateOnly(2026, 1, 1)));
        Assert.DoesNotContain(O.Holders, h => h.Patterns.Contains("Kim"));
    }
}
