using Apogee.Core.Model;
using Apogee.Extraction.Quantities;

namespace Apogee.Extraction.Tests;

/// <summary>
/// Figures, counts, flight times of the primary launch as real outlets write them (issue #11, dev2 numbers class).
/// Synthetic sentences written for these tests in the styles of wire, broadcast and government reports.
/// </summary>
public class Dev2NumbersTests
{
    private static readonly QuantityFinder Finder = new();

    private static List<double> Values(string sentence, string field) =>
        Finder.Find(sentence).Where(f => f.Field == field).Select(f => f.Value.Number!.Value).ToList();

    [Theory]
    [InlineData("State media said the rocket reached an altitude of 2,111.5 kilometers (1,312 miles).", "apogee_km", 2111.5)]
    [InlineData("The missile traveled about 600 miles (1,000 km) before splashing down.", "range_km", 1000)]
    [InlineData("The ICBM climbed to 3,724km (2,300 miles), the agency said.", "apogee_km", 3724)]
    [InlineData("Analysts said it flew around 10,000 km, or around 6,200 miles.", "range_km", 10000)]
    public void A_figure_repeated_in_another_unit_is_one_figure(string sentence, string field, double value)
    {
        Assert.Equal([value], Values(sentence, field).Select(v => Math.Round(v, 1)));
    }

    [Theory]
    [InlineData("US officials said it flew across the country, hitting the water about 60 miles from Vladivostok.")]
    [InlineData("Moscow said the missile fell 310 miles (500 kilometers) from its coast.")]
    [InlineData("The rocket flew over Hokkaido and fell into the ocean 2,000 kilometers (about 1,200 miles) east of Cape Erimo.")]
    [InlineData("Japan said the missile flew at Mach 10 (12,000 km/h).")]
    [InlineData("It travelled at speeds of up to 20,000 km per hour, officials said.")]
    [InlineData("The glider flew at some 6,000 kilometres an hour.")]
    public void A_distance_from_a_place_or_per_hour_is_not_a_range(string sentence)
    {
        Assert.Empty(Values(sentence, Vocabulary.Fields.RangeKm));
    }

    [Theory]
    [InlineData("It flew for about 18 miles, well short of the minimum range of 180 miles for such a weapon.", 29)]
    [InlineData("The minimum range is 5,500km (3,400 miles) for an ICBM, yet this one flew 900 km.", 900)]
    [InlineData("Even a 10,000-km-range missile would be tested short; the one fired on Friday flew 950 km.", 950)]
    public void A_type_range_is_not_the_flight(string sentence, double range)
    {
        Assert.Equal([range], Values(sentence, Vocabulary.Fields.RangeKm).Select(v => Math.Round(v)));
    }

    [Theory]
    [InlineData("The missile flew for about 19 minutes over a distance of about 2,300 miles - far enough to reach Guam.", "range_km", 3700.7)]
    [InlineData("It travelled 950 km, a distance that could put all of Japan within range.", "range_km", 950)]
    [InlineData("The projectile flew for 47 minutes; experts said a flatter path could reach Alaska.", "flight_time_min", 47)]
    public void A_capability_told_in_a_later_clause_keeps_the_observed_figure(string sentence, string field, double value)
    {
        Assert.Contains(Values(sentence, field), v => Math.Abs(v - value) < 0.5);
    }

    [Theory]
    [InlineData("The missile could fly 10,000 km if fired on a normal trajectory.")]
    [InlineData("It has a range of 1,500 km, analysts say.")]
    [InlineData("Experts say the new rocket is capable of flying 13,000 kilometers.")]
    public void A_capability_before_the_figure_still_gives_no_figure(string sentence)
    {
        Assert.Empty(Values(sentence, Vocabulary.Fields.RangeKm));
    }

    [Theory]
    [InlineData("The missiles flew 260 and 170 miles respectively, according to Seoul.", 418.3, 273.5)]
    [InlineData("The JCS said the two missiles travelled 420 and 270 km, respectively.", 420, 270)]
    [InlineData("The two projectiles flew 600 and 350 kilometres.", 600, 350)]
    public void Two_figures_for_two_missiles_are_not_the_bounds_of_one(string sentence, double first, double second)
    {
        var facts = Finder.Find(sentence).Where(f => f.Field == Vocabulary.Fields.RangeKm).ToList();
        Assert.Equal([first, second], facts.Select(f => f.Value.Number!.Value));
        Assert.All(facts, f => Assert.Equal(Vocabulary.Qualifiers.Exact, f.Qualifier));
    }

    [Theory]
    [InlineData("The 2,700 km (1,680 miles) the missile flew before splashing down was shorter than expected.", 2700)]
    [InlineData("The 450 km the projectile traveled put it inside the zone.", 450)]
    [InlineData("It soared 1,700 miles into space before landing 500 miles to the east.", 804.5)]
    [InlineData("KCNA said the cruise missile made a 1,500-km flight over the sea.", 1500)]
    [InlineData("The rocket completed a 2,000 kilometre journey, the agency said.", 2000)]
    public void A_flight_distance_told_around_the_figure_is_a_range(string sentence, double range)
    {
        Assert.Contains(Values(sentence, Vocabulary.Fields.RangeKm), v => Math.Abs(v - range) < 0.5);
    }

    [Theory]
    [InlineData("The satellite entered orbit nine minutes and 46 seconds after liftoff, KCNA said.", 9.77, "exact")]
    [InlineData("The flight lasted 4 minutes and 30 seconds.", 4.5, "exact")]
    [InlineData("A government source said the projectile was airborne for a couple of minutes.", 2, "about")]
    [InlineData("The good news is that after five seconds it fizzled out, the official said.", 0.08, "exact")]
    [InlineData("Pacific Command said it tracked the missile for six minutes.", 6, "exact")]
    [InlineData("The rocket exploded about 40 seconds into its ascent.", 0.67, "about")]
    [InlineData("Japan said the missile stayed aloft for 74 minutes.", 74, "exact")]
    [InlineData("The satellite entered orbit after nine minutes and 46 seconds, the newsreader said.", 9.77, "exact")]
    [InlineData("Officials said the payload reached its intended orbit about 12 minutes later.", 12, "about")]
    public void Flight_times_in_minutes_and_seconds_and_in_words(string sentence, double minutes, string qualifier)
    {
        var f = Assert.Single(Finder.Find(sentence), x => x.Field == Vocabulary.Fields.FlightTimeMin);
        Assert.Equal(minutes, f.Value.Number!.Value, 2);
        Assert.Equal(qualifier, f.Qualifier);
    }

    [Theory]
    [InlineData("Kim's regime has now tested two Hwasong-14 long-range missiles.", 2, 2)]
    [InlineData("North Korea launched what appears to be a short-range Scud missile on Sunday.", 1, 1)]
    [InlineData("The North fired three KN-23 missiles toward the sea.", 3, 3)]
    [InlineData("It fired a Hwasong-12 intermediate-range missile over Japan.", 1, 1)]
    public void Names_and_designations_are_not_counts(string sentence, int min, int? max)
    {
        var c = Assert.Single(CountFinder.Find(sentence)).Value.Count!;
        Assert.Equal(min, c.Min);
        Assert.Equal(max, c.Max);
    }

    [Theory]
    [InlineData("North Korea fired two ballistic missiles, one at 7:27 a.m. and another at 7:43 a.m., the JCS said.", 2)]
    [InlineData("The North launched three rockets: the first at dawn and another an hour later, then a third.", 3)]
    [InlineData("It fired one missile at 6:10 a.m. and another an hour later.", 2)]
    [InlineData("North Korea fired one short-range ballistic missile at 6:45 a.m. and two more at 7:30 a.m., the JCS said.", 3)]
    [InlineData("The North launched two cruise missiles at dawn, then three more missiles in the afternoon.", 5)]
    [InlineData("Pyongyang fired a missile early Sunday and 2 more shortly after noon.", 3)]
    public void One_and_another_after_a_count_enumerate_it(string sentence, int count)
    {
        var c = CountFinder.Find(sentence)[0].Value.Count!;
        Assert.Equal(count, c.Min);
        Assert.Equal(count, c.Max);
    }

    [Theory]
    [InlineData("North Korea has not carried out its threat to fire four ballistic missiles toward Guam.")]
    [InlineData("Pyongyang has vowed to launch three more missiles this year.")]
    [InlineData("The North is ready to fire two missiles at any time, state media said.")]
    public void A_count_under_a_threat_or_plan_was_not_launched(string sentence)
    {
        Assert.Empty(CountFinder.Find(sentence));
    }

    [Theory]
    [InlineData("North Korea launches rocket", "The rockets of earlier years failed.", 1, 1)]
    [InlineData("Japan launches latest spy satellite", "Japan has launched satellites since 2003.", 1, 1)]
    [InlineData("N. Korea fires missiles into sea", "", 2, null)]
    [InlineData("Kim Jong Un Guides Rocket Firing Drill of Artillery Units", "The rockets soared into the sky.", 2, null)]
    [InlineData("They were fired from near Wonsan at dawn.", "", 2, null)]
    [InlineData("The launch took place at dawn.", "In response, the US and South Korea fired missiles into the sea.", 1, 1)]
    public void With_no_number_the_primary_sentence_decides_how_many(string primary, string other, int min, int? max)
    {
        var c = CountFinder.Implied(primary, other.Length == 0 ? [] : [other]);
        Assert.Equal(min, c.Min);
        Assert.Equal(max, c.Max);
    }

    [Theory]
    [InlineData("Japan's defence ministry said it flew about 1,000 km with a maximum altitude exceeding 6,000 km.", "apogee_km", 6000, "more_than")]
    [InlineData("The rocket climbed to an altitude in excess of 2,000 kilometres, officials said.", "apogee_km", 2000, "more_than")]
    [InlineData("The missile was airborne for in excess of 70 minutes, Tokyo said.", "flight_time_min", 70, "more_than")]
    public void Exceeding_is_more_than(string sentence, string field, double value, string qualifier)
    {
        Assert.Contains(Finder.Find(sentence), f => f.Field == field && Math.Abs(f.Value.Number!.Value - value) < 0.05 && f.Qualifier == qualifier);
    }
}
