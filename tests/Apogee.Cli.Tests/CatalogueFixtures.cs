namespace Apogee.Cli.Tests;

/// <summary>
/// Synthetic CNS tables written for these tests (no real rows): the same three launches under both column conventions,
/// tests.csv's and the CNS export's, plus bad rows. They fit <see cref="EventsTestData"/>: a two-missile launch from
/// Sunan on 2024-04-02 (the seeded event 1, on which the figures disagree) and one from Sondok no event reports.
/// </summary>
public static class CatalogueFixtures
{
    /// <summary>tests.csv's columns; the UTC date is the day before the local one (a dawn launch), as in the real table.</summary>
    public const string TestsCsv = """
        date,time_local,missile_name,missile_type,facility_name,facility_lat,facility_lon,landing_location,apogee_km,distance_km,confirmed,outcome,date_local
        2024-04-01,07:30:00,Hwasong-11A (KN-23),SRBM,Sunan,39.2,125.67,Sea of Japan or East Sea,100,600,Confirmed,Success,2024-04-02
        2024-04-01,07:30:00,Hwasong-11A (KN-23),SRBM,Sunan,39.2,125.67,Sea of Japan or East Sea,Unknown,,Confirmed,Success,2024-04-02
        2024-05-20,,KN-25,SRBM,Sondok Airbase,39.75,127.47,"Sea of Japan, off Hamhung",50,350,Confirmed,Success,
        """;

    /// <summary>The same launches as the CNS export writes them: its own headers, "Unknown" and "km" in the cells, Excel's dates.</summary>
    public const string CnsExport = """"
        F1,Date,Date Entered/Updated,Launch Time (UTC),Missile Name,Missile Type,Launch Agency/Authority,Facility Name,Facility Location,Other Name,Facility Latitude,Facility Longitude,Landing Location,Apogee,Distance Travelled,Confirmation Status,Test Outcome,Additional Information,Source(s)
        1,2-Apr-24,3-Apr-24,22:30,Hwasong-11A (KN-23),SRBM,Unknown,Sunan,"Pyongyang, North Korea",Unknown,39.2,125.67,Sea of Japan or East Sea,100 km,600 km,Confirmed,Success,"Two missiles, ""at dawn""",https://example.test/a
        2,2-Apr-24,3-Apr-24,22:30,Hwasong-11A (KN-23),SRBM,Unknown,Sunan,"Pyongyang, North Korea",Unknown,39.2,125.67,Sea of Japan or East Sea,Unknown,Unknown,Confirmed,Success,,https://example.test/a
        3,20-May-24,21-May-24,,KN-25,SRBM,Unknown,Sondok Airbase,"South Hamgyong, North Korea",Unknown,39.75,127.47,"Sea of Japan, off Hamhung",50 km,350 km,Confirmed,Success,,https://example.test/b
        """";

    /// <summary>tests.csv's columns with four bad rows among good ones (lines 3, 5, 6 and 7).</summary>
    public const string WithBadRows = """
        date,missile_name,missile_type,facility_name,facility_lat,facility_lon,apogee_km,distance_km,outcome,date_local
        2024-04-01,Hwasong-11A (KN-23),SRBM,Sunan,39.2,125.67,100,600,Success,2024-04-02
        someday,KN-25,SRBM,Sondok Airbase,39.75,127.47,50,350,Success,
        2024-04-01,Hwasong-11A (KN-23),SRBM,Sunan,39.2,125.67,,,Success,2024-04-02
        2024-05-21,KN-25,SRBM,Sondok Airbase,97.5,127.47,50,350,Success,
        2024-05-22,KN-25,SRBM,Sondok Airbase,39.75,127.47,very high,350,Success,
        2024-05-23,KN-25,SRBM,Sondok Airbase,39.75,,50,350,Success,
        2024-05-20,KN-25,SRBM,Sondok Airbase,39.75,127.47,50,350,Success,
        """;

    public static string Write(string dir, string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text.ReplaceLineEndings("\n") + "\n");
        return path;
    }
}
