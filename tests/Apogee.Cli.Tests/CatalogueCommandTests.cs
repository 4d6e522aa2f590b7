using System.Text.Json.Nodes;

namespace Apogee.Cli.Tests;

/// <summary>`apogee catalogue import|diff`, and the catalogue in events, export, show and eval, over the synthetic store of <see cref="EventsTestData"/>.</summary>
public sealed class CatalogueCommandTests : IDisposable
{
    private readonly EventsTestData _data = new EventsTestData().Seed();

    public void Dispose() => _data.Dispose();

    private string Fixture(string name, string text) => CatalogueFixtures.Write(_data.Dir, name, text);

    [Fact]
    public void Import_folds_the_rows_of_one_day_and_site_into_one_launch_and_links_the_events()
    {
        var (code, stdout, stderr) = _data.Run("catalogue", "import", Fixture("tests.csv", CatalogueFixtures.TestsCsv));
        Assert.Equal("", stderr);
        Assert.Equal(0, code);
        Assert.Equal("tests.csv: 3 row(s) read, 0 bad; 2 launch(es): 2 added, 0 updated, 0 unchanged; 1 event link(s) changed\n", stdout);
    }

    [Fact]
    public void Importing_twice_adds_nothing()
    {
        var file = Fixture("tests.csv", CatalogueFixtures.TestsCsv);
        _data.Run("catalogue", "import", file);
        var (code, stdout, _) = _data.Run("catalogue", "import", file);
        Assert.Equal(0, code);
        Assert.Equal("tests.csv: 3 row(s) read, 0 bad; 2 launch(es): 0 added, 0 updated, 2 unchanged; 0 event link(s) changed\n", stdout);
    }

    [Fact]
    public void The_cns_export_convention_gives_the_same_launches_as_tests_csv()
    {
        _data.Run("catalogue", "import", Fixture("tests.csv", CatalogueFixtures.TestsCsv));
        var (code, stdout, stderr) = _data.Run("catalogue", "import", Fixture("cns-export.csv", CatalogueFixtures.CnsExport));
        Assert.Equal("", stderr);
        Assert.Equal(0, code);
        Assert.Equal("cns-export.csv: 3 row(s) read, 0 bad; 2 launch(es): 0 added, 0 updated, 2 unchanged; 0 event link(s) changed\n", stdout);
    }

    [Fact]
    public void Bad_rows_are_named_with_their_line_and_the_rest_is_imported()
    {
        var (code, stdout, stderr) = _data.Run("catalogue", "import", Fixture("bad.csv", CatalogueFixtures.WithBadRows));
        Assert.Equal(1, code);
        Assert.Equal(
            """
            apogee catalogue: bad.csv line 3: date 'someday' is not a date (YYYY-MM-DD, M/D/YYYY or D-Mon-YY); row skipped
            apogee catalogue: bad.csv line 5: latitude '97.5' is not a coordinate in degrees; row skipped
            apogee catalogue: bad.csv line 6: apogee 'very high' is not a distance in km; row skipped
            apogee catalogue: bad.csv line 7: a facility latitude without a longitude (or the reverse); row skipped

            """,
            stderr);
        Assert.Equal("bad.csv: 3 row(s) read, 4 bad; 2 launch(es): 2 added, 0 updated, 0 unchanged; 1 event link(s) changed\n", stdout);
    }

    [Theory]
    [InlineData("", "no header row; nothing imported")]
    [InlineData("missile_name,facility_name\nKN-25,Sondok\n", "no date column (tests.csv's 'date' or the CNS export's 'Date'); nothing imported")]
    [InlineData("date,missile_name\nsomeday,KN-25\n", "no row could be read; nothing imported")]
    public void A_file_with_nothing_to_import_fails_and_says_why(string text, string message)
    {
        var (code, _, stderr) = _data.Run("catalogue", "import", Fixture("empty.csv", text));
        Assert.Equal(3, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "catalogue" }, "give 'import FILE' or 'diff'")]
    [InlineData(new[] { "catalogue", "import" }, "needs exactly one FILE")]
    [InlineData(new[] { "catalogue", "import", "a.csv", "--since", "2024-01-01" }, "option '--since' goes with 'catalogue diff'")]
    [InlineData(new[] { "catalogue", "diff", "a.csv" }, "takes no FILE")]
    [InlineData(new[] { "catalogue", "diff", "--format", "xml" }, "option '--format' wants one of table|json")]
    [InlineData(new[] { "catalogue", "diff", "--since", "April" }, "wants a date as YYYY-MM-DD")]
    public void Misused_arguments_are_usage_errors(string[] args, string message)
    {
        var (code, _, stderr) = _data.Run(args);
        Assert.Equal(2, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_reported_by_name()
    {
        var (code, _, stderr) = _data.Run("catalogue", "import", "nowhere.csv");
        Assert.Equal(3, code);
        Assert.Contains("nowhere.csv", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_lists_missed_launches_events_the_catalogue_lacks_and_disagreements_with_their_claims()
    {
        _data.Run("catalogue", "import", Fixture("tests.csv", CatalogueFixtures.TestsCsv));
        var (code, stdout, stderr) = _data.Run("catalogue", "diff");
        Assert.Equal("", stderr);
        Assert.Equal(1, code);
        Assert.Equal(DiffSnapshot, stdout);
    }

    [Fact]
    public void Diff_as_json_carries_the_same_lists()
    {
        _data.Run("catalogue", "import", Fixture("tests.csv", CatalogueFixtures.TestsCsv));
        var (code, stdout, _) = _data.Run("catalogue", "diff", "--format", "json");
        Assert.Equal(1, code);
        var o = JsonNode.Parse(stdout)!.AsObject();
        Assert.Equal("2024-05-20", o["missed"]![0]!["date"]!.GetValue<string>());
        Assert.Equal([3L], o["not_in_catalogue"]!.AsArray().Select(e => e!["event"]!.GetValue<long>()));
        Assert.Equal(["count", "apogee", "range"], o["disagreements"]!.AsArray().Select(d => d!["field"]!.GetValue<string>()));
        var apogee = o["disagreements"]![1]!;
        Assert.Equal("50 km", apogee["apogee"]!.GetValue<string>());
        Assert.Equal("100 km", apogee["catalogue_value"]!.GetValue<string>());
        Assert.Equal("Tokyo said it climbed to 50 km.", apogee["claims"]![0]!["quote"]!.GetValue<string>());
    }

    [Fact]
    public void Diff_of_a_period_the_records_agree_on_exits_zero()
    {
        _data.Run("catalogue", "import", Fixture("tests.csv", CatalogueFixtures.TestsCsv));
        var (code, stdout, _) = _data.Run("catalogue", "diff", "--since", "2024-05-01", "--until", "2024-05-15");
        Assert.Equal(0, code);
        Assert.StartsWith("Catalogue diff, 2024-05-01..2024-05-15: 0 event(s) linked, 0 not in the catalogue, 1 outside its scope", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_json_and_exports_carry_the_catalogue_launch()
    {
        _data.Run("catalogue", "import", Fixture("tests.csv", CatalogueFixtures.TestsCsv));
        var events = JsonNode.Parse(_data.Run("events", "--format", "json").Out)!.AsArray();
        Assert.Equal(
            """{"id":1,"date":"2024-04-02","missile":"Hwasong-11A (KN-23)","facility":"Sunan","count":2,"apogee_km":100,"distance_km":600}""",
            events[0]!["catalogue"]!.ToJsonString());
        Assert.All(events.Skip(1), e => Assert.Null(e!["catalogue"]));

        var csv = _data.Run("export", "--format", "csv").Out.Split('\n');
        Assert.EndsWith(",catalogue_id,documents", csv[0], StringComparison.Ordinal);
        Assert.EndsWith(",1,seoul-desk; wire-desk", csv[1], StringComparison.Ordinal);
        var geo = JsonNode.Parse(_data.Run("export", "--format", "geojson").Out)!;
        Assert.Equal(1, geo["features"]![0]!["properties"]!["catalogue_id"]!.GetValue<long>());
    }

    [Fact]
    public void The_events_table_marks_events_the_catalogue_lacks()
    {
        _data.Run("catalogue", "import", Fixture("tests.csv", CatalogueFixtures.TestsCsv));
        var lines = _data.Run("events").Out.Split('\n');
        Assert.EndsWith("CNS", lines[0], StringComparison.Ordinal);
        Assert.Equal(["1", "none", "none"], lines.Skip(1).Take(3).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]));
    }

    [Fact]
    public void The_events_table_says_nothing_was_checked_when_no_catalogue_was_imported()
    {
        var lines = _data.Run("events").Out.Split('\n');
        Assert.Equal(["-", "-", "-"], lines.Skip(1).Take(3).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]));
    }

    [Fact]
    public void Show_puts_the_catalogue_values_beside_the_consolidated_ones()
    {
        _data.Run("catalogue", "import", Fixture("tests.csv", CatalogueFixtures.TestsCsv));
        var linked = _data.Run("show", "1").Out;
        Assert.Contains(
            """
            Catalogue (CNS launch 1, tests.csv:2-3)
              field    Apogee      catalogue            agrees
              day      2024-04-02  2024-04-02           yes
              site     Sunan       Sunan (0 km away)    yes
              missile  -           Hwasong-11A (KN-23)  -
              count    1           2                    NO
              apogee   50 km       100 km               NO
              range    700 km      600 km               NO
            """.ReplaceLineEndings("\n"),
            linked,
            StringComparison.Ordinal);
        Assert.Contains("Catalogue (CNS)\n  no catalogue launch matches: the catalogue lacks this event\n", _data.Run("show", "3").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_without_a_catalogue_prints_no_catalogue_section()
    {
        Assert.DoesNotContain("Catalogue", _data.Run("show", "3").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_catalogue_scores_the_stores_events_field_by_field()
    {
        _data.Run("catalogue", "import", Fixture("tests.csv", CatalogueFixtures.TestsCsv));
        var (code, stdout, stderr) = _data.Run("eval", "--catalogue");
        Assert.Equal("", stderr);
        Assert.Equal(0, code);
        Assert.Equal(
            """
            catalogue: 2 launch(es); events: 3, in the catalogue's scope 2, linked 1 (0.50)
            catalogue launches 2024-04-02..2024-06-20 (the events' period): 2, matched by an event 1 (0.50)
            agreement over linked events (both sides known):
              day      1/1 (1.00)
              site     1/1 (1.00)
              missile  0/0 (-)
              apogee   0/1 (0.00)
              range    0/1 (0.00)
              all      2/4 (0.50)

            """,
            stdout);
    }

    [Fact]
    public void Eval_catalogue_takes_a_store_not_a_corpus()
    {
        var (code, _, stderr) = _data.Run("eval", "--catalogue", "--corpus", "x");
        Assert.Equal(2, code);
        Assert.Contains("--catalogue scores a store: it takes --db, not --corpus", stderr, StringComparison.Ordinal);
    }

    private const string DiffSnapshot = """
        Catalogue diff, 2024-04-02..2024-06-20: 1 event(s) linked, 1 not in the catalogue, 1 outside its scope (cruise, undated or another actor)

        Missed by the news: 1 catalogue launch(es) no event matches
          CNS 2  2024-05-20  KN-25  Sondok Airbase  (1 missile(s); tests.csv:4)

        Not in the catalogue: 1 event(s), candidates to add
          event 3  2024-06-19..2024-06-20  unknown  (1 report(s))

        Disagreements: 3 field(s)
          event 1 / CNS 1  count: Apogee 1, catalogue 2
            claim #2 South Korea: 1 "One missile was fired, the Joint Chiefs said." (seoul-desk)
          event 1 / CNS 1  apogee: Apogee 50 km, catalogue 100 km
            claim #4 Japan: 50 "Tokyo said it climbed to 50 km." (wire-desk)
          event 1 / CNS 1  range: Apogee 700 km, catalogue 600 km
            claim #1 South Korea: 700 "The Joint Chiefs said the missile flew 700 km." (seoul-desk)

        """;
}
