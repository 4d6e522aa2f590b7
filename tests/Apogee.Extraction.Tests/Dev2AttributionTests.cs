using System.Globalization;
using Apogee.Core.Model;
using Apogee.Extraction.Attribution;
using Apogee.Extraction.References;
using Apogee.Extraction.Sentences;

namespace Apogee.Extraction.Tests;

/// <summary>
/// Who speaks, which claims a report makes, and which earlier launches it dates, in phrasings of real news unlike the
/// dev set's (sentences written for these tests).
/// </summary>
public class Dev2AttributionTests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    [Theory]
    // A verb cue's speaker is its subject: a party after "said" is what is said.
    [InlineData("South Korea's military said North Korea fired a ballistic missile toward the East Sea.", "South Korea")]
    [InlineData("Japan's Defense Ministry says Pyongyang has fired what could be a ballistic missile.", "Japan")]
    [InlineData("The Pentagon said North Korea launched the missile from near Kusong.", "United States")]
    // A party inside the quoted words does not speak.
    [InlineData("\u201cThe North fired an unidentified projectile from the vicinity of Pyongyang early today,\u201d the JCS said.", "South Korea")]
    [InlineData("\"North Korea launched two missiles from Sunan,\" the Joint Chiefs of Staff said in a text message.", "South Korea")]
    // Lexicon: the South's joint chiefs, a bare "US", Pacific Command, unnamed reports.
    [InlineData("The launch came at 7:10 a.m., the South\u2019s joint chiefs of staff said.", "South Korea")]
    [InlineData("The missile flew for 40 minutes, the US said, an unusually long flight.", "United States")]
    [InlineData("The rocket flew 1,000 km, according to U.S. Pacific Command.", "United States")]
    [InlineData("Preliminary reports said Pyongyang had fired three projectiles.", "media")]
    [InlineData("The latest reports indicating the North fired two missiles could not be confirmed.", "media")]
    // A possessor does not speak.
    [InlineData("The missiles were fired from the North's city of Wonsan, Yonhap said.", "South Korea")]
    public void The_speaker_is_the_party_whose_words_the_sentence_reports(string sentence, string source)
    {
        Assert.Equal(source, SourceAttributor.Explicit(sentence)?.Source);
    }

    [Theory]
    // The launching side as the actor, a speaker outside the lexicon, a detection "by" a ship: no party speaks.
    [InlineData("North Korea test launched an intercontinental ballistic missile Tuesday, which it claimed could reach Alaska.")]
    [InlineData("\u201cNorth Korea's launch of an ICBM is a sharp escalation,\u201d she said at the United Nations.")]
    [InlineData("The rocket was detected heading south by a South Korean destroyer in the Yellow Sea.")]
    [InlineData("Pyongyang's missile programme is advancing quickly, analysts said.")]
    public void No_party_speaks_where_the_sentence_only_names_one(string sentence)
    {
        Assert.Null(SourceAttributor.Explicit(sentence));
    }

    [Fact]
    public void One_uncued_sentence_goes_on_with_the_speaker_before_it_and_a_second_is_the_reporters_again()
    {
        const string text = "The JCS said the missile flew 600 km. It reached an altitude of 50 km. The launch was the third this month.";
        var a = new SourceAttributor().Attribute(new SentenceSplitter().Split(text), Vocabulary.Sources.Unattributed);
        Assert.Equal(["South Korea", "South Korea", "unattributed"], a.Select(x => x.Source));
    }

    [Fact]
    public void Two_parties_in_one_sentence_each_keep_their_own_figure()
    {
        var claims = Claims("North Korea fired a ballistic missile on Tuesday. South Korea's military said the missile flew 800 km, while KCNA reported that it flew 1,000 km.");
        Assert.Contains("range_km=800(South Korea)", claims);
        Assert.Contains("range_km=1000(North Korea)", claims);
    }

    [Theory]
    // Capability and bounds: no flight figure.
    [InlineData("North Korea fired an ICBM on Friday. The minimum range of an intercontinental missile is 5,500 km (3,400 miles).", "range_km=5500", "range_km=5470.6")]
    [InlineData("North Korea fired a missile on Friday. It flew 30 km, well short of the minimum range of 180 miles for such a weapon.", "range_km=289.6", "")]
    // A distance placing the landing point from a named place.
    [InlineData("North Korea fired a missile on Friday. It crossed the country, hitting the water about 60 miles from Vladivostok.", "range_km=96.5", "")]
    [InlineData("North Korea fired a missile on Friday. It fell into the sea 2,000 kilometers (about 1,200 miles) east of Cape Erimo.", "range_km=1930.8", "apogee_km=1930.8")]
    // Counts of launches not made, and digits of a missile's name.
    [InlineData("North Korea fired a missile on Friday. It had threatened to fire four ballistic missiles toward Guam.", "count=4", "")]
    [InlineData("North Korea fired a missile on Friday. The regime has now tested two Hwasong-14 long-range rockets.", "count=14", "")]
    [InlineData("North Korea fired a missile on Friday. Seoul media said Pyongyang could be preparing the launch of another ballistic missile.", "", "")]
    // Times of later moments of the flight, and bracketed conversions.
    [InlineData("North Korea fired a missile on Friday. It was fired at 5:58 a.m. and landed off Hokkaido around 6:12 a.m.", "time_local=06:12", "")]
    [InlineData("North Korea fired a missile on Friday. The Pentagon said it was launched at 23:41 (15:41 GMT) from Jagang.", "time_local=00:41", "")]
    [InlineData("North Korea fired a rocket on Sunday. It went missing from radar at 9:36 a.m. and passed over Okinawa at about 9:41 a.m.", "time_local=09:36", "time_local=09:41")]
    // Class words denied or a programme's goal.
    [InlineData("North Korea fired a missile on Saturday. The launch was not an intercontinental ballistic missile, a U.S. official said.", "range_class=ICBM", "")]
    [InlineData("North Korea fired a missile on Saturday. The tests are part of an effort to develop an intercontinental ballistic missile (ICBM).", "range_class=ICBM", "")]
    [InlineData("North Korea fired a missile on Saturday. Analysts said it might not need to pursue an intercontinental ballistic missile.", "range_class=ICBM", "")]
    // Another side's launch in the same report.
    [InlineData("North Korea fired two missiles on Thursday. The U.S. Air Force, meanwhile, tested a long-range missile from California.", "count=1", "")]
    [InlineData("North Korea fired two missiles on Thursday. South Korea fired three missiles of its own into the sea in response.", "count=3", "")]
    [InlineData("North Korea fired two short-range missiles on Thursday, as the U.S. responded with an intercontinental ballistic missile test.", "range_class=ICBM", "")]
    // Sites named only as a reference point, a government, or a class of ship.
    [InlineData("The Unha rocket blasted off from the Sohae launch pad in Tongchang-ri, northwest of Pyongyang, on Wednesday.", "site=Pyongyang", "")]
    [InlineData("North Korea fired a missile on Thursday from near a military base about 50 miles from the capital Pyongyang.", "site=Pyongyang", "")]
    [InlineData("Crowds danced in the streets of the capital Wednesday after the Pyongyang regime fired a long-range rocket.", "site=Pyongyang", "")]
    // What a class of missile can do.
    [InlineData("North Korea fired two missiles on Thursday. The base is also home to medium-range missiles that can fly up to 800 miles.", "range_class=MRBM", "")]
    // Exercises and programmes, and moments of the flight that are not its end.
    [InlineData("North Korea fired a missile on Sunday. Seoul announced a live-fire ballistic missile drill in response to the launch.", "category=ballistic(South Korea)", "")]
    [InlineData("The satellite carrier blasted off at 9 a.m. Sunday, entering orbit nine minutes and 46 seconds after liftoff, KCNA reported.", "flight_time_min=9", "flight_time_min=0.77")]
    // A plural in a later sentence does not make the headline's one launch several.
    [InlineData("North Korea's surprise launch of ICBM rattles region\nThe missiles of the North can now reach Alaska, experts say.", "count=2+", "")]
    // Railway stations in captions are no rail basing.
    [InlineData("North Korea fired a missile on Sunday. People watch the news of the missile launch at Seoul Railway Station.", "basing=rail", "")]
    public void Claims_the_report_does_not_make(string text, string absent, string alsoAbsent)
    {
        var claims = Claims(text);
        foreach (var a in new[] { absent, alsoAbsent }.Where(a => a.Length > 0))
        {
            // "field=value" is absent whoever claims it; "field=value(source)" is absent from that source.
            var prefix = a.Contains('(', StringComparison.Ordinal) ? a : a + "(";
            Assert.DoesNotContain(claims, c => c.StartsWith(prefix, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("North Korea launches rocket\nThe rocket blasted off on Sunday, KCNA said.", "count=1")]
    [InlineData("North Korea fired a missile on Sunday. The missile flew 800 km.", "range_km=800")]
    [InlineData("North Korea fired a missile on Tuesday. It was fired at 5:58 a.m. local time.", "time_local=05:58")]
    [InlineData("North Korea fired what appeared to be Scud missiles on Sunday, the JCS said.", "missile_name=Scud")]
    [InlineData("North Korea fired two missiles on Saturday. The government is \"assuming that it was an SLBM test,\" a South Korean newspaper reported.", "basing=submarine")]
    [InlineData("South Korea's Joint Chiefs of Staff said North Korea attempted to launch an unidentified missile from Sinpo in the morning.", "count=1")]
    [InlineData("North Korea launched a rocket on Thursday. It exploded midair about one minute after liftoff, U.S. officials said.", "flight_time_min=1")]
    [InlineData("Kim Jong Un Guides Rocket Firing Drill of Artillery Units\nThe multiple rocket launchers fired on Tuesday, KCNA said.", "count=2+")]
    // The story's launch identified later on: "the test was ...", "Tuesday's launch involved ...", "this launch appeared to be ...".
    [InlineData("North Korea fired a missile on Sunday, officials said. Later, a White House adviser said the test was likely a medium-range missile.", "range_class=MRBM")]
    [InlineData("North Korea fired a missile on Tuesday. Analysts said Tuesday's launch involved an intermediate-range ballistic missile.", "range_class=IRBM")]
    [InlineData("North Korea fired a projectile on Friday. U.S. officials said this launch appeared to be a short-range ballistic missile.", "range_class=SRBM")]
    public void Claims_the_report_makes(string text, string present)
    {
        Assert.Contains(Claims(text), c => c.StartsWith(present + "(", StringComparison.Ordinal));
    }

    [Theory]
    // Meetings, inaugurations, nuclear tests, orders and statements on a day date no launch.
    [InlineData("The U.N. Security Council will hold a closed-door session Tuesday to discuss the rocket launch.", "Sunday", "")]
    [InlineData("It was the third missile test since President Moon took office on May 10.", "Sunday", "")]
    [InlineData("The launch and the Jan. 6 nuclear test are seen as efforts to bolster the leader.", "Sunday", "")]
    [InlineData("Kim personally signed the order to launch on Saturday, the broadcaster said.", "Sunday", "")]
    [InlineData("Pyongyang said the rocket could be launched between Monday and Feb. 14.", "Sunday", "")]
    [InlineData("The earlier plan gave a Feb. 8-25 window for the launch but on Saturday changed that to Feb. 7.", "Sunday", "")]
    // Only the launch's day, not the day of the condemnation.
    [InlineData("On Monday the U.S. condemned the Jan. 5 launch of a hypersonic missile.", "Sunday", "2022-01-05")]
    // Launches dated by the day.
    [InlineData("Only days later, the North launched three short-range missiles on Saturday.", "Sunday", "2022-01-15")]
    [InlineData("On Wednesday, the North conducted a second test of the new rocket.", "Sunday", "2022-01-12")]
    [InlineData("The launch came after it fired two cruise missiles on Jan. 9.", "Sunday", "2022-01-09")]
    [InlineData("North Korea's most recent missile launch \u2014 on Jan. 11 \u2014 flew over Japan.", "Sunday", "2022-01-11")]
    // Days or weeks before the story's launch ("a week" give or take a day: the middle day is shown).
    [InlineData("The launch came a week after North Korea successfully tested a new midrange missile.", "Sunday", "2022-01-09")]
    [InlineData("It was fired two days after it launched a hypersonic missile.", "Sunday", "2022-01-14")]
    [InlineData("The projectile launch comes two weeks after a ballistic missile test that failed.", "Sunday", "2022-01-02")]
    // The story's own launch, written with its weekday or with the next day's (another time zone).
    [InlineData("Sunday's launch was the fourth this month.", "Sunday", "")]
    [InlineData("North Korea's attempted missile launch on Monday ended in failure, Yonhap reported.", "Sunday", "")]
    public void References_are_launches_the_text_dates_to_a_day(string sentence, string primaryWeekday, string want)
    {
        var launch = new DateOnly(2022, 1, 16);
        var refs = ReferenceFinder.Find([sentence], launch, "North Korea", primaryWeekday, DateBounds.Day(launch, "test"));
        Assert.Equal(want, string.Join(",", refs.Select(r => Middle(r.Date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        Assert.All(refs, r => Assert.True(r.Date.Latest!.Value.DayNumber - r.Date.Earliest!.Value.DayNumber <= 2));
    }

    private static DateOnly Middle(DateBounds d) => d.Earliest!.Value.AddDays((d.Latest!.Value.DayNumber - d.Earliest.Value.DayNumber) / 2);

    /// <summary>The primary event's claims of a one-paragraph report as "field=value(source)".</summary>
    private static List<string> Claims(string text)
    {
        var doc = new CleanDocument("t", "memory", text, new DocumentMetadata(new DateOnly(2022, 1, 16)), [], []);
        var report = Extractor.Extract(doc);
        Assert.True(report.Relevant, "not relevant: " + text);
        return report.Primary!.Claims.Select(c => $"{c.Field}={Value(c.Value)}({c.Source})").ToList();
    }

    private static string Value(ClaimValue v) =>
        v.Number is { } n ? n.ToString(CultureInfo.InvariantCulture) : v.Count?.ToString() ?? v.Text ?? "";
}
