using Apogee.Core.Model;

namespace Apogee.Knowledge.Tests;

public sealed class MissileCatalogueTests
{
    private static readonly MissileCatalogue C = MissileCatalogue.Default;

    [Theory]
    [InlineData("KCNA said the Hwasongpho-19 flew for 86 minutes.", "Hwasongpho-19", "Hwasong-19", "ballistic", "ICBM", null)]
    [InlineData("The Hwasong-19 is solid-fuelled.", "Hwasong-19", "Hwasong-19", "ballistic", "ICBM", null)]
    [InlineData("Analysts saw a KN-23 variant.", "KN-23", "Hwasong-11A", "ballistic", "SRBM", null)]
    [InlineData("Analysts saw a KN23 variant.", "KN23", "Hwasong-11A", "ballistic", "SRBM", null)]
    [InlineData("It resembled the Hwasong-11Ga.", "Hwasong-11Ga", "Hwasong-11A", "ballistic", "SRBM", null)]
    [InlineData("It resembled the KN-24.", "KN-24", "Hwasong-11B", "ballistic", "SRBM", null)]
    [InlineData("A Pukguksong-3 was fired at sea.", "Pukguksong-3", "Pukguksong-3", "ballistic", null, "submarine")]
    [InlineData("A Pukkuksong-3 was fired at sea.", "Pukkuksong-3", "Pukguksong-3", "ballistic", null, "submarine")]
    [InlineData("A Pukguksong-2 rose from a launcher.", "Pukguksong-2", "Pukguksong-2", "ballistic", "MRBM", "ground")]
    [InlineData("The Taepodong-2 broke apart.", "Taepodong-2", "Taepodong-2", "ballistic", "ICBM", null)]
    [InlineData("An old Scud was fired.", "Scud", "Scud", "ballistic", "SRBM", null)]
    [InlineData("Two Scud-C missiles were fired.", "Scud-C", "Scud-C", "ballistic", "SRBM", null)]
    [InlineData("A Rodong was fired.", "Rodong", "Nodong", "ballistic", "MRBM", null)]
    [InlineData("A Nodong was fired.", "Nodong", "Nodong", "ballistic", "MRBM", null)]
    [InlineData("The Unha-3 carried a satellite.", "Unha-3", "Unha-3", "space_launch", null, null)]
    [InlineData("The Chollima-1 failed.", "Chollima-1", "Chollima-1", "space_launch", null, null)]
    [InlineData("Tests of the super-large multiple rocket launcher resumed.", "super-large multiple rocket launcher", "KN-25", "rocket_artillery", "SRBM", null)]
    [InlineData("A Hwasong-8 glider was tested.", "Hwasong-8", "Hwasong-8", "hypersonic", null, null)]
    [InlineData("The Hwasong-16B flew 1,000 km.", "Hwasong-16B", "Hwasong-16B", "hypersonic", "IRBM", null)]
    [InlineData("A Hwasal-2 cruise missile circled.", "Hwasal-2", "Hwasal-2", "cruise", null, null)]
    [InlineData("A Pulhwasal-3-31 was fired.", "Pulhwasal-3-31", "Pulhwasal-3-31", "cruise", null, "submarine")]
    [InlineData("A rail-mobile KN-23 was fired.", "rail-mobile KN-23", "Rail-mobile KN-23", "ballistic", "SRBM", "rail")]
    [InlineData("A Hwasong-11-Da-4.5 was fired.", "Hwasong-11-Da-4.5", "Hwasong-11-Da-4.5", "ballistic", "SRBM", null)]
    [InlineData("The Musudan failed again.", "Musudan", "Musudan", "ballistic", "IRBM", null)]
    [InlineData("A Hwasong-14 (KN-20) flew.", "Hwasong-14", "Hwasong-14", "ballistic", "ICBM", null)]
    public void Names_and_aliases_resolve_to_the_catalogue_type(
        string text, string surface, string name, string category, string? rangeClass, string? basing)
    {
        var mention = C.FindAll(text)[0];
        Assert.Equal(surface, mention.Surface);
        Assert.Equal(name, mention.Missile.Name);
        Assert.Equal(category, mention.Missile.Category);
        Assert.Equal(rangeClass, mention.Missile.RangeClass);
        Assert.Equal(basing, mention.Missile.Basing);
    }

    [Theory]
    [InlineData("Nodong/Rodong", new[] { "Nodong", "Nodong" })]
    [InlineData("Hwasong-12 and Hwasong-12A", new[] { "Hwasong-12", "Hwasong-8 MARV" })]
    [InlineData("the Hwasong-1 does not exist, the Hwasong-15 does", new[] { "Hwasong-15" })]
    [InlineData("a Hwasong family rocket", new string[0])]
    [InlineData("KN-20 then KN-22", new[] { "Hwasong-14", "Hwasong-15" })]
    [InlineData("the party paper Rodong Sinmun said", new string[0])]
    [InlineData("the party paper Nodong Sinmun said", new string[0])]
    [InlineData("a launch from Musudan-ri", new string[0])]
    [InlineData("the new Paektusan engine", new string[0])]
    [InlineData("two Rodongs and three Scuds", new[] { "Nodong", "Scud" })]
    [InlineData("a Pukguksong-class missile, a Pukkuksong-1", new[] { "Pukguksong", "Pukguksong-1" })]
    [InlineData("the Hwasong artillery units fired", new string[0])]
    [InlineData("a Taepodong long-range missile", new[] { "Taepodong" })]
    [InlineData("the Polaris Dawn mission", new string[0])]
    public void Findall_returns_each_mention_in_order(string text, string[] names) =>
        Assert.Equal(names, C.FindAll(text).Select(m => m.Missile.Name));

    [Fact]
    public void A_plural_s_is_part_of_the_mention()
    {
        var mention = Assert.Single(C.FindAll("two Rodongs were fired"));
        Assert.Equal("Rodongs", mention.Surface);
        Assert.Null(C.Lookup("Rodong Sinmun"));
    }

    [Fact]
    public void Every_type_uses_contract_values_and_names_are_unique()
    {
        Assert.All(C.Missiles, m =>
        {
            Assert.Contains(m.Category, Vocabulary.Categories.All);
            Assert.True(m.RangeClass is null || Vocabulary.RangeClasses.All.Contains(m.RangeClass));
            Assert.True(m.Basing is null or "submarine" or "ground" or "rail" or "ship");
        });
        Assert.Equal(C.Missiles.Count, C.Missiles.Select(m => m.Name).Distinct().Count());
        Assert.Null(C.Lookup("Haeil"));
        Assert.Null(C.Lookup("Unknown"));
        Assert.Same(C.Lookup("KN-23"), C.Lookup("Hwasong-11A"));
    }
}
