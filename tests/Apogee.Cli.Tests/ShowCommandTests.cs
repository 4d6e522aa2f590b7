namespace Apogee.Cli.Tests;

public sealed class ShowCommandTests : IDisposable
{
    private readonly EventsTestData _data = new EventsTestData().Seed();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Show_explains_each_fact_analyses_the_ballistics_groups_claims_by_source_and_marks_conflicts()
    {
        var (code, stdout, stderr) = _data.Run("show", "1");
        Assert.Equal("", stderr);
        Assert.Equal(0, code);
        Assert.Equal(Snapshot, stdout);
    }

    [Theory]
    [InlineData("2", "  status            partial")] // a range alone: the minimum-energy reading only
    [InlineData("2", "  minimum energy    apogee 352.1 km, flight time 9.9 min for 1500 km")]
    [InlineData("3", "  no range or apogee reported: nothing to analyse")]
    public void Ballistics_section_says_what_the_figures_support(string id, string line)
    {
        var (code, stdout, _) = _data.Run("show", id);
        Assert.Equal(0, code);
        var section = stdout[stdout.IndexOf("\nBallistics\n", StringComparison.Ordinal)..stdout.IndexOf("\nClaims by source\n", StringComparison.Ordinal)];
        Assert.Contains("\n" + line + "\n", section, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("99", 3, "no event with id '99'")]
    [InlineData("first", 2, "numeric event id")]
    public void Unknown_or_malformed_ids_are_reported(string id, int exit, string message)
    {
        var (code, _, stderr) = _data.Run("show", id);
        Assert.Equal(exit, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Identical_claims_are_shown_once_with_the_number_of_quotes_and_all_quotes_on_request()
    {
        using var data = new EventsTestData().SeedRepeatedClaims();
        var (code, stdout, stderr) = data.Run("show", "1");
        Assert.True(code == 0, stderr);
        var claims = stdout[stdout.IndexOf("\nClaims by source\n", StringComparison.Ordinal)..stdout.IndexOf("\nDocuments\n", StringComparison.Ordinal)];
        Assert.Equal("""

            Claims by source
              Japan
                #4 range_km = 650 (exact; desk-3, primary) [conflict]
                   "Tokyo said 650 km."
              South Korea
                #1 range_km = 600 (exact; desk-1, primary) [conflict], 3 quotes: #1, #2, #3
                   "Seoul said the missile flew 600 km."
                   (2 more: apogee show 1 --quotes)

            """, claims);

        var (_, all, _) = data.Run("show", "1", "--quotes");
        Assert.Contains("""
                   "Seoul said the missile flew 600 km."
                   #2 "The South's military put the range at 600 km." (exact; desk-2, primary)
                   #3 "It travelled 600 km, the Joint Chiefs said." (exact, Joint Chiefs of Staff; desk-3, primary)

            Documents
            """, all, StringComparison.Ordinal);
    }

    private const string Snapshot = """
        Event 1: North Korea, 2024-04-02, ballistic from Sunan
        Reported by 2 document(s).

        Facts
          date             2024-04-02
                           why: intersection of the reports' date intervals (no claims)
          time_local       07:30
                           why: the value primary reports carry, best-sourced claim first (militaries over media), then the most-reported; then alphabetical (no claims)
          count            1
                           why: claims ranked: South Korea/Japan/United States militaries over other states over media over unattributed; an exact figure over an approximate one over a bound; then the most-reported value; then the larger value (claims #2)
          category         ballistic  [conflict: sources disagree]
                           why: the value primary reports carry, best-sourced claim first (militaries over media), then the most-reported; then alphabetical (no claims)
          range_class      SRBM
                           why: the value primary reports carry, best-sourced claim first (militaries over media), then the most-reported; then alphabetical (no claims)
          basing           -
          missile_name     -
          site             Sunan (facility, 39.2, 125.67)
                           why: the most specific site the reports name (facility over city over county over province over region), then the most-reported (no claims)
          direction        -
          eez              -
          range_km         700  [conflict: sources disagree]
                           why: claims ranked: South Korea/Japan/United States militaries over other states over media over unattributed; an exact figure over an approximate one over a bound; then the most-reported value; then the larger value (claims #1)
          apogee_km        50
                           why: claims ranked: South Korea/Japan/United States militaries over other states over media over unattributed; an exact figure over an approximate one over a bound; then the most-reported value; then the larger value (claims #4)
          speed_mach       -
          flight_time_min  -

        Why these reports are one launch
          document 1 (primary): date 2024-04-02 meets the event's 2024-04-02; same site Sunan; same time 07:30; count 1 agrees; same range class SRBM
          document 2 (primary): date 2024-04-02 meets the event's 2024-04-02; site Pyongyang 20 km from Sunan

        Ballistics
          status            ok
          trajectory        depressed (apogee 50 km = 0.29 x minimum-energy 170.1 km)
          standard range    1492 km (MRBM), 1384-1500 km over the boost assumptions, profile short_range
          burnout speed     3.548 km/s as flown, 3.548 km/s on a standard trajectory
          flight time       4.2 min modelled (minimum-energy 6.5 min)
          peak speed        3.616 km/s (Mach 10.6)
          assumes           burnout 25 km up, 30 km downrange as flown; 25 km / 30 km on a standard trajectory; 60 s burn
                            same motor 3.548 km/s (+0.00 km/s gravity loss given back), ceiling 7.77 km/s (-0.000)
                            payload: the test's own payload (the standard burnout speed is well below the ceiling)
                            Earth not rotating (azimuth unknown; --rotation adds the surface speed along it)
          confidence        low
            - impact point needs the launch site's coordinates and a bearing
            - apogee is 0.29 x the minimum-energy apogee: depressed
            - boost profile short_range from the stated class SRBM

        Claims by source
          Japan
            #4 apogee_km = 50 (exact, Ministry of Defense; wire-desk, primary)
               "Tokyo said it climbed to 50 km."
          South Korea
            #1 range_km = 700 (exact, Joint Chiefs of Staff; seoul-desk, primary) [conflict]
               "The Joint Chiefs said the missile flew 700 km."
            #2 count = 1 (exact; seoul-desk, primary)
               "One missile was fired, the Joint Chiefs said."
          media
            #3 range_km = 800 (about; wire-desk, primary) [conflict]
               "A wire report put the range near 800 km."

        Documents
          seoul-desk (2024-04-02, Example Wire, https://example.test/seoul-desk)
          wire-desk (2024-04-03, Example Wire, https://example.test/wire-desk)

        """;
}
