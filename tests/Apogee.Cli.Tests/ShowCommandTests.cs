namespace Apogee.Cli.Tests;

public sealed class ShowCommandTests : IDisposable
{
    private readonly EventsTestData _data = new EventsTestData().Seed();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Show_explains_each_fact_groups_claims_by_source_and_marks_conflicts()
    {
        var (code, stdout, stderr) = _data.Run("show", "1");
        Assert.Equal("", stderr);
        Assert.Equal(0, code);
        Assert.Equal(Snapshot, stdout);
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

    private const string Snapshot = """
        Event 1: North Korea, 2024-04-02, ballistic from Sunan
        Reported by 2 document(s).

        Facts
          date             2024-04-02
                           why: intersection of the reports' date intervals (no claims)
          time_local       07:30
                           why: the value primary reports carry, best-sourced claim first (militaries over media), then the most-reported; then alphabetical (no claims)
          count            1
                           why: claims ranked: South Korea/Japan/United States militaries over other states over media over unattributed; an exact figure over an approximate one over a bound; then the most-reported value; then the earliest claim (claims #2)
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
                           why: claims ranked: South Korea/Japan/United States militaries over other states over media over unattributed; an exact figure over an approximate one over a bound; then the most-reported value; then the earliest claim (claims #1)
          apogee_km        50
                           why: claims ranked: South Korea/Japan/United States militaries over other states over media over unattributed; an exact figure over an approximate one over a bound; then the most-reported value; then the earliest claim (claims #4)
          speed_mach       -
          flight_time_min  -

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
