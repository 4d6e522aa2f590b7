using Apogee.Core.Model;
using Apogee.Extraction.Quantities;

namespace Apogee.Extraction.Tests;

public class QuantityFinderTests
{
    private static readonly QuantityFinder Finder = new();

    [Theory]
    [InlineData("The missile flew about 600 km before falling into the sea.", "range_km", 600, "about")]
    [InlineData("The projectile flew at least 700 kilometers.", "range_km", 700, "at_least")]
    [InlineData("It traveled some 450 kilometres east.", "range_km", 450, "about")]
    [InlineData("The rocket flew 250 miles.", "range_km", 402.3, "exact")]
    [InlineData("The missile traveled more than 300 nautical miles.", "range_km", 555.6, "more_than")]
    [InlineData("It reached an altitude of around 80 kilometres.", "apogee_km", 80, "about")]
    [InlineData("The missile flew 350 km at a maximum altitude of 50 km.", "apogee_km", 50, "exact")]
    [InlineData("The missile soared to 2,000 km.", "apogee_km", 2000, "exact")]
    [InlineData("It flew at speeds of up to Mach 10.", "speed_mach", 10, "up_to")]
    [InlineData("It flew at about 10 times the speed of sound.", "speed_mach", 10, "about")]
    [InlineData("The missile flew for 53 minutes.", "flight_time_min", 53, "exact")]
    [InlineData("The missile was in flight for about 90 seconds.", "flight_time_min", 1.5, "about")]
    [InlineData("The missiles flew for 10,199 seconds.", "flight_time_min", 169.98, "exact")]
    [InlineData("The projectile is estimated to have traveled less than 700 km.", "range_km", 700, "less_than")]
    [InlineData("It accurately landed in the target waters forward 400km after flying to the maximum height of 1 413.6 km.", "apogee_km", 1413.6, "exact")]
    [InlineData("It accurately landed in the target waters forward 400km after flying to the maximum height of 1 413.6 km.", "range_km", 400, "exact")]
    public void Finds_the_figure_its_field_and_qualifier(string sentence, string field, double value, string qualifier)
    {
        var hit = Finder.Find(sentence).Where(f => f.Field == field).ToList();
        Assert.Contains(hit, f => Math.Abs(f.Value.Number!.Value - value) < 0.05 && f.Qualifier == qualifier);
    }

    [Theory]
    [InlineData("The missile flew 350 km and reached an altitude of 50 km.", 350, 50)]
    [InlineData("It reached an altitude of 60 km and flew 700 km.", 700, 60)]
    public void Never_confuses_range_and_apogee(string sentence, double range, double apogee)
    {
        var facts = Finder.Find(sentence);
        Assert.Equal([range], facts.Where(f => f.Field == Vocabulary.Fields.RangeKm).Select(f => f.Value.Number!.Value));
        Assert.Equal([apogee], facts.Where(f => f.Field == Vocabulary.Fields.ApogeeKm).Select(f => f.Value.Number!.Value));
    }

    [Theory]
    [InlineData("The missile could reach targets 1,000 km away.")]
    [InlineData("It is capable of flying 5,500 km.")]
    [InlineData("If fired on a normal trajectory, it would have flown 10,000 km.")]
    [InlineData("The missile is designed to travel 3,000 km.")]
    [InlineData("The missile landed about 250 km off the coast.")]
    [InlineData("The city lies 300 km west of the capital.")]
    public void Capability_counterfactual_and_placing_figures_are_not_observations(string sentence)
    {
        Assert.DoesNotContain(Finder.Find(sentence), f => f.Field is Vocabulary.Fields.RangeKm or Vocabulary.Fields.ApogeeKm);
    }

    [Fact]
    public void A_range_of_figures_gives_both_bounds()
    {
        var facts = Finder.Find("The missiles flew 600 to 700 km.");
        Assert.Contains(facts, f => f.Value.Number == 600 && f.Qualifier == Vocabulary.Qualifiers.AtLeast);
        Assert.Contains(facts, f => f.Value.Number == 700 && f.Qualifier == Vocabulary.Qualifiers.AtMost);
    }
}
