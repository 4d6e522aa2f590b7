using System.Globalization;
using Apogee.Core.Model;

namespace Apogee.Extraction.Tests;

/// <summary>
/// A phrasing matrix per fact (issue #11): each row is one way an outlet writes the same fact — AP, Reuters, Yonhap,
/// KCNA, NHK/Kyodo, BBC, CNN, NK News, Xinhua, White House statements — in a short synthetic report (written for these
/// tests, no corpus text), run through the whole extractor. Expectations are "key=value" pairs separated by ";":
/// count, cat, rc, site, name, range, apogee, flight (numbers within 2%), q.FIELD (qualifier of some claim of FIELD),
/// src.FIELD (source of some claim of FIELD), only.FIELD (every claim's source is one of the |-separated values).
/// </summary>
public class PhrasingMatrixTests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    // Distances: thousands separators, spaced and unspaced units, brackets in the other unit, hedges, KCNA's typesetting.
    [Theory]
    [InlineData("North Korea fired an ICBM on Friday that reached an altitude of 3,724.9 km, the JCS said.", "apogee=3724.9")]
    [InlineData("KCNA said the missile rose to a maximum altitude of 6,248.5km and flew 1,090.9km.", "apogee=6248.5;range=1090.9")]
    [InlineData("The missile, fired on Friday, flew 1 090.9 km after reaching a height of 6 248.5 km, KCNA said.", "apogee=6248.5;range=1090.9")]
    [InlineData("North Korea fired a missile on Friday that flew about 620 miles (1,000 km), the Pentagon said.", "range=1000;q.range_km=about")]
    [InlineData("North Korea fired a missile on Friday that flew some 600 kilometres (370 miles), officials said.", "range=600;q.range_km=about")]
    [InlineData("North Korea fired a missile on Friday that flew about 1,000km before landing in the sea, Japan said.", "range=1000;q.range_km=about")]
    [InlineData("North Korea fired a missile on Friday, sending it some 1,000km into the sea, Seoul said.", "range=1000")]
    [InlineData("The missile fired by North Korea on Friday travelled around 370 miles, according to Seoul.", "range=595.3;q.range_km=about")]
    [InlineData("North Korea fired a ballistic missile on Friday which flew roughly 1,000 kilometers, U.S. officials said.", "range=1000")]
    [InlineData("North Korea fired a missile on Friday that flew more than 1,000 km, the JCS said.", "range=1000;q.range_km=more_than")]
    [InlineData("North Korea fired a missile on Friday that flew at least 1,000 km, the JCS said.", "range=1000;q.range_km=at_least")]
    [InlineData("North Korea fired a missile on Friday. It covered a distance of 800 km, the JCS said.", "range=800")]
    [InlineData("North Korea fired a missile on Friday. The flight distance was about 1,000 kilometers, Japan's defense ministry said.", "range=1000")]
    [InlineData("North Korea fired a missile on Friday; it traveled 950 kilometers (590 miles) and reached an altitude of 4,500 km.", "range=950;apogee=4500")]
    [InlineData("North Korea launched a missile on Friday that flew 1,000 km at a maximum altitude of 6,000 km, Japan said.", "range=1000;apogee=6000")]
    [InlineData("North Korea fired a missile on Friday. The missile's maximum altitude exceeded 6,000 kilometers, the ministry said.", "apogee=6000")]
    [InlineData("North Korea fired a missile on Friday, which rose to an altitude of more than 2,000 km.", "apogee=2000;q.apogee_km=more_than")]
    [InlineData("North Korea fired a missile on Friday that climbed to a height of about 50 km, the JCS said.", "apogee=50")]
    [InlineData("North Korea fired a missile on Friday. It reached an apogee of roughly 2,000 kilometres.", "apogee=2000")]
    [InlineData("North Korea fired a missile on Friday that went as high as 2,800 km, Japan said.", "apogee=2800")]
    [InlineData("North Korea fired a missile on Friday; it flew 350km at a peak altitude of 50km, Seoul said.", "range=350;apogee=50")]
    [InlineData("North Korea fired a missile on Friday that soared to 2,000km (1,240 miles) before falling into the sea.", "apogee=2000")]
    [InlineData("North Korea fired a missile on Friday that flew for 1,000 km over the East Sea.", "range=1000")]
    [InlineData("North Korea fired a missile on Friday that flew 1,000 kilometers (621 miles), Xinhua reported.", "range=1000")]
    [InlineData("North Korea fired a missile on Friday that flew 400 kms, the JCS said.", "range=400")]
    [InlineData("North Korea fired a cruise missile on Friday, flying 1,500 kilometers over 7,580 seconds, KCNA said.", "range=1500")]
    [InlineData("North Korea fired a missile on Friday that reached an altitude of 3\u00a0724.9\u00a0km, KCNA said.", "apogee=3724.9")]
    [InlineData("The missile, fired on Friday, flew 1\u2009002 km, the agency said.", "range=1002")]
    [InlineData("North Korea fired a missile on Friday. The maximum altitude was about 50 km and the flight distance about 350 km, Japan's defense ministry said.", "apogee=50;range=350")]
    [InlineData("North Korea fired an ICBM on Friday that flew about 1,000 km (620 miles) and reached an altitude of about 6,000 km (3,730 miles), Reuters reported.", "range=1000;apogee=6000")]
    [InlineData("North Korea fired a missile on Friday that flew about 750 km at a top speed of Mach 9 and an apogee of 60 km, the JCS said.", "range=750;apogee=60")]
    [InlineData("North Korea fired a missile on Friday that flew for about 69 minutes and reached an altitude of about 6,000 kilometers (3,728 miles), CNN reported.", "apogee=6000;flight=69")]
    [InlineData("North Korea fired a missile on Friday that traveled approximately 600 km (373 mi), officials said.", "range=600")]
    [InlineData("North Korea fired two missiles on Friday that flew between 600 and 700 km, the JCS said.", "range=600|700")]
    [InlineData("North Korea fired a missile on Friday. It flew 2,000km (1,240 miles) and reached a maximum altitude of 6,000km (3,730 miles).", "range=2000;apogee=6000")]
    [InlineData("The DPRK test-fired an ICBM on Friday, which flew 1,000 km in 4,132 seconds at a peak altitude of 6,200 km, KCNA said.", "range=1000;apogee=6200")]
    [InlineData("North Korea fired a missile on Friday that splashed down about 550 km east of the Korean Peninsula after flying 600 km, Seoul said.", "range=600")]
    public void Distances_as_each_outlet_writes_them(string text, string expected) => Check(text, expected);

    // Counts: numbers in words, pairs, more, barrages and salvos, qualifiers.
    [Theory]
    [InlineData("North Korea fired a pair of short-range ballistic missiles on Friday, the JCS said.", "count=2")]
    [InlineData("North Korea fired two more missiles on Friday, Seoul said.", "count=2")]
    [InlineData("North Korea fired a barrage of rockets into the sea on Friday, South Korea said.", "count=2+")]
    [InlineData("North Korea fired at least six ballistic missiles on Friday, Japan's defense ministry said.", "count=6+")]
    [InlineData("North Korea fired eighteen rockets on Friday, the JCS said.", "count=18")]
    [InlineData("North Korea fired thirteen cruise missiles on Friday, officials said.", "count=13")]
    [InlineData("North Korea fired twenty-three missiles on Friday, the most in a single day, Seoul said.", "count=23")]
    [InlineData("North Korea fired 23 missiles on Friday, the most in a single day, Seoul said.", "count=23")]
    [InlineData("North Korea fired around a dozen missiles on Friday, the JCS said.", "count=12")]
    [InlineData("North Korea fired a salvo of four rockets on Friday, the JCS said.", "count=4")]
    [InlineData("North Korea fired a volley of artillery rockets on Friday, the JCS said.", "count=2+")]
    [InlineData("North Korea fired a total of eight ballistic missiles on Friday, the JCS said.", "count=8")]
    [InlineData("North Korea fired multiple cruise missiles on Friday, the JCS said.", "count=2+")]
    [InlineData("North Korea fired what appeared to be two short-range ballistic missiles on Friday, Yonhap said.", "count=2")]
    [InlineData("North Korea fired two SRBMs on Friday, the JCS said.", "count=2")]
    [InlineData("North Korea fired more than 10 missiles on Friday, Seoul said.", "count=11+")]
    [InlineData("North Korea fired a flurry of missiles on Friday, Seoul said.", "count=2+")]
    [InlineData("North Korea fired one missile on Friday, Seoul said.", "count=1")]
    [InlineData("The DPRK test-fired a new-type tactical guided missile on Friday, KCNA said.", "count=1")]
    [InlineData("North Korea fired a pair of what appeared to be cruise missiles on Friday, the JCS said.", "count=2")]
    [InlineData("North Korea fired some 20 artillery rockets on Friday, the JCS said.", "count=20")]
    [InlineData("North Korea fired two short-range ballistic missiles in quick succession on Friday, the JCS said.", "count=2")]
    [InlineData("North Korea fires 2 missiles into the sea, Seoul says", "count=2")]
    [InlineData("North Korea fired at least 10 missiles on Friday, Seoul said.", "count=10+")]
    [InlineData("North Korea fired one missile at 6:45 a.m. and two more at 7:30 a.m. on Friday, the JCS said.", "count=3")]
    [InlineData("North Korea fired what is believed to be three short-range ballistic missiles on Friday, Japan said.", "count=3")]
    [InlineData("North Korea fired two missiles on Friday.\nBoth missiles flew about 600 km before falling into the sea, the JCS said.", "count=2")]
    [InlineData("N. Korea fires missiles into sea\nBoth missiles flew about 600 km, the JCS said.", "count=2")]
    public void Counts_as_each_outlet_writes_them(string text, string expected) => Check(text, expected);

    // Flight times and speeds.
    [Theory]
    [InlineData("North Korea fired an ICBM on Friday that flew for about 70 minutes, Japan said.", "flight=70")]
    [InlineData("North Korea fired an ICBM on Friday. Its flight time was 1 hour and 14 minutes, the defense ministry said.", "flight=74")]
    [InlineData("North Korea fired an ICBM on Friday on a 37-minute flight, U.S. officials said.", "flight=37")]
    [InlineData("North Korea fired an ICBM on Friday which flew 1,002 km for 4\u00a0015 seconds, KCNA said.", "flight=66.9")]
    [InlineData("North Korea fired an ICBM on Friday that stayed in the air for 74 minutes, Japan said.", "flight=74")]
    [InlineData("North Korea fired a missile on Friday that flew at speeds of up to Mach 10, the JCS said.", "mach=10")]
    [InlineData("North Korea fired a missile on Friday that flew at five times the speed of sound, Seoul said.", "mach=5")]
    public void Flight_times_and_speeds_as_each_outlet_writes_them(string text, string expected) => Check(text, expected);

    // Categories: the words for rocket artillery, cruise missiles, satellite carriers and glide vehicles.
    [Theory]
    [InlineData("North Korea fired rockets from a multiple rocket launcher on Friday, the JCS said.", "cat=rocket_artillery")]
    [InlineData("North Korea test-fired super-large rocket artillery on Friday, KCNA said.", "cat=rocket_artillery")]
    [InlineData("North Korea fired a super large multiple rocket launcher on Friday, KCNA said.", "cat=rocket_artillery")]
    [InlineData("North Korea fired projectiles from an MRL on Friday, the JCS said.", "cat=rocket_artillery")]
    [InlineData("North Korea fired several rounds from a 240mm rocket launcher on Friday, the JCS said.", "cat=rocket_artillery")]
    [InlineData("North Korea fired two long-range strategic cruise missiles on Friday, KCNA said.", "cat=cruise")]
    [InlineData("North Korea fired several cruise-type missiles on Friday, the JCS said.", "cat=cruise")]
    [InlineData("North Korea test-fired a new-type hypersonic glide vehicle on Friday, KCNA said.", "cat=hypersonic")]
    [InlineData("North Korea launched a missile tipped with a hypersonic gliding warhead on Friday, KCNA said.", "cat=hypersonic")]
    [InlineData("North Korea launched a missile carrying an HGV on Friday, the JCS said.", "cat=hypersonic")]
    [InlineData("North Korea launched a rocket carrying a military reconnaissance satellite on Friday, Japan said.", "cat=space_launch")]
    [InlineData("North Korea launched a satellite carrier on Friday, the JCS said.", "cat=space_launch")]
    [InlineData("North Korea launched what it called a space launch vehicle on Friday, the JCS said.", "cat=space_launch")]
    [InlineData("North Korea fired an SLV on Friday, Japan's government said.", "cat=space_launch")]
    [InlineData("North Korea fired a short-range ballistic missile on Friday, the JCS said.", "cat=ballistic;rc=SRBM")]
    [InlineData("North Korea fired several anti-ship cruise missiles on Friday, the JCS said.", "cat=cruise")]
    [InlineData("North Korea fired ship-to-ship cruise missiles on Friday, the JCS said.", "cat=cruise")]
    [InlineData("North Korea launched a space rocket on Friday, Japan's government said.", "cat=space_launch")]
    [InlineData("North Korea fired a large-caliber guided multiple rocket launcher on Friday, KCNA said.", "cat=rocket_artillery")]
    [InlineData("North Korea test-fired an intermediate-range hypersonic ballistic missile on Friday, KCNA said.", "cat=hypersonic|ballistic;rc=IRBM")]
    [InlineData("North Korea fired a KN-25 on Friday, the JCS said.", "cat=rocket_artillery;name=KN-25")]
    [InlineData("North Korea fired a new solid-fuel Hwasong-18 ICBM on Friday, KCNA said.", "cat=ballistic;rc=ICBM;name=Hwasong-18")]
    [InlineData("Statement on the DPRK's ICBM test\nThe United States condemns the launch.", "cat=ballistic;src.category=unattributed")]
    [InlineData("North Korea fired two SRBMs into the East Sea on Friday, the JCS said.", "cat=ballistic;src.category=South Korea;rc=SRBM")]
    [InlineData("North Korea fired a short-range cruise missile on Friday, the JCS said.", "cat=cruise")]
    [InlineData("North Korea fires ICBM, Japan says", "cat=ballistic;src.category=Japan")]
    [InlineData("The DPRK conducted a launching drill of Hwasong-11 tactical ballistic missiles on Friday, KCNA said.", "cat=ballistic;name=Hwasong-11")]
    [InlineData("A salvo firing drill of super-large multiple rocket launchers was held on Friday, KCNA said.", "cat=rocket_artillery")]
    [InlineData("The DPRK held a strategic cruise missile launching drill on Friday, KCNA said.", "cat=cruise")]
    [InlineData("North Korea test-fired a new-type anti-aircraft missile on Friday, KCNA said.", "cat=unknown")]
    public void Categories_as_each_outlet_writes_them(string text, string expected) => Check(text, expected);

    // Sites: spellings, sea areas, borders, places within provinces, the capital.
    [Theory]
    [InlineData("North Korea fired two missiles from Wonson on Friday, Yonhap said.", "site=Wonsan")]
    [InlineData("North Korea fired a missile from near the Chinese border on Friday, the JCS said.", "site=Northwest")]
    [InlineData("North Korea fired a missile from close to the border with China on Friday, the JCS said.", "site=Northwest")]
    [InlineData("North Korea fired a missile from an area near its border with China on Friday, the JCS said.", "site=Northwest")]
    [InlineData("North Korea fired a missile from Sunchon, South Pyongan Province, on Friday, the JCS said.", "site=Sunchon|Sunchon Airbase")]
    [InlineData("North Korea fired a missile from Kusong in North Pyongan Province on Friday, the JCS said.", "site=Kusong")]
    [InlineData("North Korea fired a missile from the Sunan area in the capital on Friday, the JCS said.", "site=Sunan")]
    [InlineData("North Korea fired a missile from near the capital on Friday, the JCS said.", "site=Pyongyang")]
    [InlineData("North Korea fired a missile from the North's capital on Friday, Seoul said.", "site=Pyongyang")]
    [InlineData("North Korea fired a missile from the Pyongyang area on Friday, the JCS said.", "site=Pyongyang")]
    [InlineData("North Korea fired a missile from the Sinpo area into the East Sea on Friday, the JCS said.", "site=Sinpo")]
    [InlineData("North Korea fired a missile into the East Sea on Friday, the JCS said.", "site=null")]
    [InlineData("North Korea fired a missile from Hamhung in South Hamgyong Province on Friday, the JCS said.", "site=Hungnam|Hamhung")]
    [InlineData("North Korea fired a missile from Tongchang-ri on the west coast on Friday, the JCS said.", "site=Sohae Satellite Launching Station")]
    [InlineData("The DPRK launched the rocket from the Sohae Space Center in Cholsan County, North Phyongan Province, on Friday, KCNA said.", "site=Sohae Satellite Launching Station")]
    [InlineData("North Korea fired a missile on Friday from Jagang province, the JCS said.", "site=Jagang")]
    [InlineData("North Korea fired a missile on Friday from Mundok County, South Pyongan Province, the JCS said.", "site=Mundok|South Pyongan")]
    [InlineData("North Korea fired a missile from Anbyon County in Kangwon Province on Friday, the JCS said.", "site=Anbyon|Sangum-ri|Kangwon")]
    [InlineData("North Korea fired a ballistic missile from waters off Sinpo on Friday, the JCS said.", "site=Sinpo|Sinpo Shipyard")]
    [InlineData("North Korea fired a missile from the vicinity of Pyongyang on Friday, the JCS said.", "site=Pyongyang")]
    [InlineData("North Korea fired a missile from Pyongyang's Sunan area on Friday, the JCS said.", "site=Sunan")]
    [InlineData("North Korea fired a missile from the Sunan district of Pyongyang on Friday, the JCS said.", "site=Sunan")]
    [InlineData("North Korea fired two missiles from the area of Sukchon on Friday, the JCS said.", "site=Sukchon")]
    [InlineData("North Korea fired a missile near Pyongyang International Airport on Friday, the JCS said.", "site=Pyongyang International Airport")]
    [InlineData("North Korea fired a missile into the sea off its east coast on Friday, the JCS said.", "site=null|East Coast")]
    [InlineData("North Korea fired a missile from near North Korea's capital, Pyongyang, on Friday, officials said.", "site=Pyongyang")]
    public void Sites_as_each_outlet_writes_them(string text, string expected) => Check(text, expected);

    // Who says it: media reports, the reporter's own framing, Seoul quoting KCNA, qualifiers kept.
    [Theory]
    [InlineData("North Korea fired a missile on Friday, with the latest reports indicating it flew about 1,000 km.", "src.range_km=media")]
    [InlineData("Condemnation poured in on Saturday after North Korea test-fired two ballistic missiles on Friday.", "only.count=unattributed")]
    [InlineData("North Korea fired a missile on Friday. South Korea's military said KCNA reported the missile flew 1,000 km.", "src.range_km=North Korea|South Korea")]
    [InlineData("North Korea fired at least six missiles on Friday, Japan's defense ministry said.", "count=6+;src.count=Japan")]
    [InlineData("North Korea fired a missile on Friday, the White House said in a statement.", "src.count=United States")]
    [InlineData("North Korea fired a missile on Friday, NHK reported, citing the defense ministry.", "src.count=media|Japan")]
    [InlineData("North Korea fired a missile on Friday, Xinhua reported, citing the JCS.", "src.count=South Korea|media|unattributed")]
    [InlineData("North Korea fired a missile on Friday. The JCS said in a text message to reporters that the missile flew 600 km.", "src.range_km=South Korea")]
    [InlineData("North Korea fired a missile on Friday. According to Japan's Defense Ministry, the missile flew about 400 km.", "src.range_km=Japan")]
    [InlineData("North Korea fired a missile on Friday. Japanese Defense Minister Minoru Kihara told reporters the missile flew about 400 km.", "src.range_km=Japan")]
    [InlineData("North Korea fired a missile on Friday. A South Korean military official, speaking on condition of anonymity, said the missile flew 600 km.", "src.range_km=South Korea")]
    [InlineData("North Korea fired a missile on Friday. North Korea's state media said on Saturday that the missile flew 600 km.", "src.range_km=North Korea")]
    [InlineData("North Korea fired a missile on Friday. Japan's coast guard said the missile fell about 400 km off the coast, citing the defense ministry.", "src.count=Japan|unattributed")]
    [InlineData("North Korea fired a missile on Friday. Yonhap news agency, quoting KCNA, said the missile flew 600 km.", "only.range_km=North Korea")]
    [InlineData("North Korea fired a missile on Friday. KCNA, as quoted by Yonhap, said the missile flew 600 km.", "only.range_km=North Korea")]
    [InlineData("North Korea fired a missile on Friday. The missile flew 600 km, KCNA said, as cited by Yonhap.", "only.range_km=North Korea")]
    [InlineData("North Korea fired a missile on Friday. The missile flew 600 km, as reported by KCNA.", "only.range_km=North Korea")]
    [InlineData("North Korea fired a missile on Friday. The missile flew 600 km, Yonhap reported, citing the JCS.", "only.range_km=South Korea")]
    [InlineData("North Korea fired a missile on Friday. The missile flew 600 km, NHK reported, citing government sources.", "only.range_km=media")]
    [InlineData("North Korea fired a missile on Friday. The missile flew 600 km, US officials told CNN.", "only.range_km=United States")]
    [InlineData("North Korea fired a missile on Friday. The missile flew 600 km, a US official told Reuters.", "only.range_km=United States")]
    [InlineData("North Korea fired a missile on Friday. Japan's NHK, citing the Japanese government, said the missile flew 400 km.", "only.range_km=Japan")]
    [InlineData("North Korea fired a missile on Friday. The missile flew about 600 km, said Japan's Chief Cabinet Secretary Yoshimasa Hayashi.", "only.range_km=Japan")]
    [InlineData("North Korea fired a missile on Friday. In a statement, the JCS said the missile flew 600 km.", "only.range_km=South Korea")]
    [InlineData("North Korea fired a missile on Friday. The missile flew about 600 km, Seoul's military said.", "only.range_km=South Korea")]
    [InlineData("North Korea fired a missile on Friday. The missile flew about 600 km, South Korean media reported.", "only.range_km=media")]
    [InlineData("North Korea fired a missile on Friday. The missile flew about 600 km, the South Korean military said, citing KCNA.", "only.range_km=North Korea|South Korea")]
    [InlineData("North Korea fired a missile on Friday. Pyongyang's state media said the missile flew 600 km.", "only.range_km=North Korea")]
    [InlineData("North Korea fired a missile on Friday. The missile flew 600 km, the Korean Central News Agency said.", "only.range_km=North Korea")]
    [InlineData("North Korea fired a missile on Friday. The missile flew about 600 km, Japanese Prime Minister Fumio Kishida told reporters.", "only.range_km=Japan")]
    [InlineData("North Korea fired a missile on Friday. The missile flew about 600 km, a senior administration official said.", "only.range_km=United States|unattributed")]
    public void Sources_as_each_outlet_gives_them(string text, string expected) => Check(text, expected);

    private static void Check(string text, string expected)
    {
        var doc = new CleanDocument("t", "memory", text, new DocumentMetadata(new DateOnly(2024, 5, 11)), [], []);
        var report = Extractor.Extract(doc);
        var e = report.Primary;
        Assert.True(e is not null, "not relevant: " + text);
        var failures = new List<string>();
        foreach (var pair in expected.Split(';'))
        {
            var kv = pair.Split('=', 2);
            var problem = Problem(e, kv[0], kv[1]);
            if (problem is not null) failures.Add($"{kv[0]}: {problem}");
        }

        Assert.True(failures.Count == 0, text + " => " + string.Join(" | ", failures));
    }

    private static string? Problem(LaunchEvent e, string key, string want)
    {
        var wants = want.Split('|');
        if (key.StartsWith("q.", StringComparison.Ordinal) || key.StartsWith("src.", StringComparison.Ordinal) || key.StartsWith("only.", StringComparison.Ordinal))
        {
            var field = key[(key.IndexOf('.', StringComparison.Ordinal) + 1)..];
            var claims = e.Claims.Where(c => c.Field == field).ToList();
            var got = key[0] == 'q' ? claims.Select(c => c.Qualifier).ToList() : claims.Select(c => c.Source).ToList();
            var ok = key[0] == 'o' ? got.Count > 0 && got.All(wants.Contains) : got.Any(wants.Contains);
            return ok ? null : $"[{string.Join(",", got)}]";
        }

        string? value = key switch
        {
            "count" => e.Count is { } c ? c.Max == c.Min ? c.Min.ToString(CultureInfo.InvariantCulture) : c.Max is null ? $"{c.Min}+" : $"{c.Min}-{c.Max}" : null,
            "cat" => e.Category,
            "rc" => e.RangeClass,
            "site" => e.Site?.Name,
            "name" => e.MissileName,
            "range" => Num(e.RangeKm),
            "apogee" => Num(e.ApogeeKm),
            "flight" => Num(e.FlightTimeMin),
            "mach" => Num(e.SpeedMach),
            _ => "unknown key",
        };
        if (key is "range" or "apogee" or "flight" or "mach" && want != "null")
        {
            var close = value is not null && wants.Select(w => double.Parse(w, CultureInfo.InvariantCulture))
                .Any(n => Math.Abs(double.Parse(value, CultureInfo.InvariantCulture) - n) <= 0.02 * n);
            return close ? null : $"got {value ?? "null"}";
        }

        return wants.Contains(value ?? "null") ? null : $"got {value ?? "null"}";
    }

    private static string? Num(double? v) => v?.ToString(CultureInfo.InvariantCulture);
}
