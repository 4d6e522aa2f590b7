// TEMPORARY stand-ins for the agreed Knowledge API so the extraction branch compiles before the knowledge branch
// lands. Delete this file when merging `knowledge` (its real types replace these one for one).
#pragma warning disable CA1050, SA1402, SA1649
using System.Globalization;
using System.Text;

namespace Apogee.Knowledge;

public sealed record Place(string Name, string Kind, double? Lat, double? Lon, IReadOnlyList<string> Aliases, string? Province);

public sealed record PlaceMention(Place Place, int Start, int Length, string Surface);

public sealed record MissileType(string Name, IReadOnlyList<string> Aliases, string Category, string? RangeClass, string? Basing);

public sealed record MissileMention(MissileType Missile, int Start, int Length, string Surface);

public sealed record Officeholder(string Name, string Office, string Country, DateOnly From, DateOnly? To, IReadOnlyList<string> Patterns);

public sealed record OfficeholderMention(Officeholder Holder, int Start, int Length, string Surface);

internal static class StandInMatcher
{
    // Letters and digits only, lower case, diacritics dropped: "Tongchang-ri" == "tongchang ri" == "TongchangRi".
    public static (string Key, int[] Map) Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        var formD = text;
        for (var i = 0; i < formD.Length; i++)
        {
            var c = formD[i];
            var d = c.ToString().Normalize(NormalizationForm.FormD);
            foreach (var dc in d)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(dc) == UnicodeCategory.NonSpacingMark) continue;
                if (char.IsLetterOrDigit(dc))
                {
                    sb.Append(char.ToLowerInvariant(dc));
                    map.Add(i);
                }
                else if (sb.Length > 0 && sb[^1] != ' ' && dc != '-' && dc != '\'' && dc != '\u2019')
                {
                    sb.Append(' ');
                    map.Add(i);
                }
            }
        }

        return (sb.ToString(), map.ToArray());
    }

    public static string Key(string s) => Normalise(s).Key.Replace(" ", "", StringComparison.Ordinal);

    public static List<(T Item, int Start, int Length)> FindAll<T>(string text, IReadOnlyList<(string Form, T Item)> forms, bool caseSensitive = false)
    {
        var found = new List<(T, int, int)>();
        var taken = new bool[text.Length];
        foreach (var (form, item) in forms.OrderByDescending(f => f.Form.Length))
        {
            var pattern = string.Join("[\\s\\-]?", form.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(System.Text.RegularExpressions.Regex.Escape));
            var opts = System.Text.RegularExpressions.RegexOptions.CultureInvariant | (caseSensitive ? 0 : System.Text.RegularExpressions.RegexOptions.IgnoreCase);
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, $"(?<![\\p{{L}}\\p{{N}}]){pattern}(?![\\p{{L}}\\p{{N}}])", opts))
            {
                if (Enumerable.Range(m.Index, m.Length).Any(i => taken[i]) && !found.Any(f => f.Item2 == m.Index && f.Item3 == m.Length)) continue;
                for (var i = m.Index; i < m.Index + m.Length; i++) taken[i] = true;
                found.Add((item, m.Index, m.Length));
            }
        }

        return found.OrderBy(f => f.Item2).ToList();
    }
}

public sealed class Gazetteer
{
    private readonly List<(string, Place)> _forms = [];

    private Gazetteer(IEnumerable<Place> places)
    {
        foreach (var p in places)
        {
            _forms.Add((p.Name, p));
            foreach (var a in p.Aliases) _forms.Add((a, p));
        }
    }

    public static Gazetteer Default { get; } = new(
    [
        new("Pyongyang", "city", 39.02, 125.75, ["Pyongyang area", "capital city of the DPRK", "capital region", "P'yŏngyang"], "Pyongyang"),
        new("Sunan", "facility", 39.22, 125.67, ["Sunan area", "Sunan airport", "Pyongyang International Airport", "Sunan International Airport"], "Pyongyang"),
        new("Jagang", "province", 40.8, 126.6, ["Chagang", "Jagang Province", "Chagang Province"], null),
        new("Sinpo", "city", 40.03, 128.18, ["Sinpo Shipyard", "Sinpo South Shipyard"], "South Hamgyong"),
        new("Wonsan", "city", 39.15, 127.44, ["Kalma", "Wonsan Kalma"], "Kangwon"),
        new("Hamhung", "city", 39.92, 127.54, [], "South Hamgyong"),
        new("Sohae Satellite Launching Station", "facility", 39.66, 124.705, ["Sohae", "Sohae Space Center", "Sohae Satellite Launching Ground", "Tongchang-ri", "Dongchang-ri"], "North Pyongan"),
        new("Tonghae Satellite Launching Ground", "facility", 40.85, 129.67, ["Musudan-ri", "Tonghae"], "North Hamgyong"),
        new("Cholsan", "county", 39.77, 124.65, ["Cholsan County"], "North Pyongan"),
        new("Kusong", "city", 39.98, 125.24, [], "North Pyongan"),
        new("Taegwan", "county", 40.209, 125.204, [], "North Pyongan"),
        new("Sukchon", "county", 39.41, 125.63, [], "South Pyongan"),
        new("Kaechon", "city", 39.7, 125.9, [], "South Pyongan"),
        new("Pyongsong", "city", 39.25, 125.87, [], "South Pyongan"),
        new("Sinuiju", "city", 40.1, 124.4, [], "North Pyongan"),
        new("Kilju", "county", 40.96, 129.33, [], "North Hamgyong"),
        new("Hwangju", "county", 38.67, 125.76, [], "North Hwanghae"),
        new("Sariwon", "city", 38.51, 125.76, [], "North Hwanghae"),
        new("Kangdong", "county", 39.14, 126.1, [], "Pyongyang"),
        new("Nampo", "city", 38.74, 125.4, ["Nampho"], "South Pyongan"),
        new("Tongchon", "county", 38.95, 127.9, [], "Kangwon"),
        new("Chongjin", "city", 41.79, 129.78, [], "North Hamgyong"),
        new("Kaesong", "city", 37.97, 126.55, [], "North Hwanghae"),
        new("Hodo Peninsula", "region", 39.3, 127.55, ["Hodo"], "Kangwon"),
        new("North Pyongan", "province", 40.1, 125.0, ["North Phyongan", "North Pyongan Province", "North Phyongan Province"], null),
        new("South Pyongan", "province", 39.4, 125.9, ["South Phyongan"], null),
        new("South Hamgyong", "province", 40.1, 127.5, ["South Hamgyong Province", "Hamgyong province"], null),
        new("North Hamgyong", "province", 41.8, 129.5, ["North Hamgyong Province"], null),
        new("Kangwon", "province", 38.8, 127.5, ["Kangwon Province", "Gangwon"], null),
        new("North Hwanghae", "province", 38.5, 126.3, ["North Hwanghae Province"], null),
        new("South Hwanghae", "province", 38.2, 125.5, ["South Hwanghae Province"], null),
    ]);

    public IReadOnlyList<PlaceMention> FindAll(string text) =>
        StandInMatcher.FindAll(text, _forms).Select(f => new PlaceMention(f.Item, f.Start, f.Length, text.Substring(f.Start, f.Length))).ToList();

    public Place? Lookup(string name) => _forms.FirstOrDefault(f => StandInMatcher.Key(f.Item1) == StandInMatcher.Key(name)).Item2;
}

public sealed class MissileCatalogue
{
    private readonly List<(string, MissileType)> _forms = [];

    private MissileCatalogue(IEnumerable<MissileType> types)
    {
        foreach (var t in types)
        {
            _forms.Add((t.Name, t));
            foreach (var a in t.Aliases) _forms.Add((a, t));
        }
    }

    public static MissileCatalogue Default { get; } = new(
    [
        new("Hwasong-5", ["Scud-B", "Scud"], "ballistic", "SRBM", null),
        new("Hwasong-7", ["Nodong", "Rodong", "Nodong-1", "Rodong-1"], "ballistic", "MRBM", null),
        new("Hwasong-10", ["Musudan", "BM-25"], "ballistic", "IRBM", null),
        new("Hwasong-11", ["KN-02", "Toksa"], "ballistic", "SRBM", null),
        new("Hwasong-11A", ["KN-23", "Hwasong-11Ga", "Hwasongpho-11Ga"], "ballistic", "SRBM", null),
        new("Hwasong-11B", ["KN-24", "Hwasong-11Na"], "ballistic", "SRBM", null),
        new("Hwasong-11D", ["Hwasongpho-11-Da-4.5", "Hwasong-11Da-4.5", "Hwasong-11Da"], "ballistic", "SRBM", null),
        new("Hwasong-12", ["KN-17"], "ballistic", "IRBM", null),
        new("Hwasong-14", ["KN-20"], "ballistic", "ICBM", null),
        new("Hwasong-15", ["KN-22"], "ballistic", "ICBM", null),
        new("Hwasong-16B", [], "hypersonic", "IRBM", null),
        new("Hwasong-17", [], "ballistic", "ICBM", null),
        new("Hwasong-18", [], "ballistic", "ICBM", null),
        new("Hwasong-19", [], "ballistic", "ICBM", null),
        new("Hwasong-20", [], "ballistic", "ICBM", null),
        new("Hwasong-8", [], "hypersonic", "IRBM", null),
        new("Pukguksong-1", ["KN-11", "Pukguksong", "Polaris-1"], "ballistic", null, "submarine"),
        new("Pukguksong-2", ["KN-15"], "ballistic", "MRBM", null),
        new("Pukguksong-3", [], "ballistic", null, "submarine"),
        new("Taepodong-1", [], "space_launch", null, null),
        new("Taepodong-2", [], "ballistic", "ICBM", null),
        new("Unha-2", [], "space_launch", null, null),
        new("Unha-3", [], "space_launch", null, null),
        new("Kwangmyongsong", ["Kwangmyongsong-3", "Kwangmyongsong-4"], "space_launch", null, null),
        new("Chollima-1", [], "space_launch", null, null),
        new("KN-25", [], "rocket_artillery", "SRBM", null),
        new("Hwasal-1", [], "cruise", null, null),
        new("Hwasal-2", [], "cruise", null, null),
        new("Pulhwasal-3-31", [], "cruise", null, "submarine"),
    ]);

    public IReadOnlyList<MissileMention> FindAll(string text) =>
        StandInMatcher.FindAll(text, _forms).Select(f => new MissileMention(f.Item, f.Start, f.Length, text.Substring(f.Start, f.Length))).ToList();

    public MissileType? Lookup(string name) => _forms.FirstOrDefault(f => StandInMatcher.Key(f.Item1) == StandInMatcher.Key(name)).Item2;
}

public sealed class Officeholders
{
    private readonly List<(string, Officeholder)> _forms = [];

    private Officeholders(IEnumerable<Officeholder> holders)
    {
        foreach (var h in holders)
        {
            foreach (var p in h.Patterns) _forms.Add((p, h));
        }
    }

    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Officeholders Default { get; } = new(
    [
        new("Junichiro Koizumi", "Prime Minister", "Japan", D("2001-04-26"), D("2006-09-26"), ["Junichiro Koizumi", "Koizumi"]),
        new("Shinzo Abe", "Prime Minister", "Japan", D("2006-09-26"), D("2007-09-26"), ["Shinzo Abe", "Prime Minister Abe"]),
        new("Shinzo Abe", "Prime Minister", "Japan", D("2012-12-26"), D("2020-09-16"), ["Shinzo Abe", "Prime Minister Abe"]),
        new("Yoshihiko Noda", "Prime Minister", "Japan", D("2011-09-02"), D("2012-12-26"), ["Yoshihiko Noda", "Prime Minister Noda"]),
        new("Yoshihide Suga", "Prime Minister", "Japan", D("2020-09-16"), D("2021-10-04"), ["Yoshihide Suga", "Prime Minister Suga"]),
        new("Fumio Kishida", "Prime Minister", "Japan", D("2021-10-04"), D("2024-10-01"), ["Fumio Kishida", "Kishida"]),
        new("Shigeru Ishiba", "Prime Minister", "Japan", D("2024-10-01"), D("2025-10-21"), ["Shigeru Ishiba", "Ishiba"]),
        new("Sanae Takaichi", "Prime Minister", "Japan", D("2025-10-21"), null, ["Sanae Takaichi", "Takaichi"]),
        new("George W. Bush", "President", "United States", D("2001-01-20"), D("2009-01-20"), ["George W. Bush", "President Bush"]),
        new("Barack Obama", "President", "United States", D("2009-01-20"), D("2017-01-20"), ["Barack Obama", "Obama"]),
        new("Donald Trump", "President", "United States", D("2017-01-20"), D("2021-01-20"), ["Donald Trump", "Trump"]),
        new("Joe Biden", "President", "United States", D("2021-01-20"), D("2025-01-20"), ["Joe Biden", "Biden"]),
        new("Donald Trump", "President", "United States", D("2025-01-20"), null, ["Donald Trump", "Trump"]),
        new("Park Geun-hye", "President", "South Korea", D("2013-02-25"), D("2017-03-10"), ["Park Geun-hye", "President Park"]),
        new("Moon Jae-in", "President", "South Korea", D("2017-05-10"), D("2022-05-09"), ["Moon Jae-in", "President Moon"]),
        new("Yoon Suk Yeol", "President", "South Korea", D("2022-05-10"), D("2025-04-04"), ["Yoon Suk Yeol", "Yoon Suk-yeol", "President Yoon"]),
        new("Lee Jae-myung", "President", "South Korea", D("2025-06-04"), null, ["Lee Jae-myung", "Lee Jae Myung", "President Lee Jae-myung"]),
        new("Pete Hegseth", "Defense Secretary", "United States", D("2025-01-25"), null, ["Pete Hegseth", "Hegseth"]),
    ]);

    public IReadOnlyList<OfficeholderMention> FindAll(string text) =>
        StandInMatcher.FindAll(text, _forms, caseSensitive: true).Select(f => new OfficeholderMention(f.Item, f.Start, f.Length, text.Substring(f.Start, f.Length))).ToList();
}
