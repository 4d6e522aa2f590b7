using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Apogee.Bench;

/// <summary>
/// Writes N synthetic news articles as JSON Lines: many launches, several outlets reporting each, with the boilerplate
/// real pages carry (sign-up prompts, captions with credits, related lists, app banners) and sources that disagree.
/// Deterministic: the same seed and count give the same bytes.
/// </summary>
public sealed class ArticleGenerator(int seed)
{
    private static readonly string[] Outlets = ["Wire One", "Seoul Daily", "Tokyo Herald", "Pacific Times", "Global Desk", "Harbor Post", "Metro Ledger"];
    private static readonly string[] Sites = ["Pyongyang", "Sunan", "Wonsan", "Sinpo", "Jagang province", "Kusong", "Hamhung", "Tongchang-ri", "the east coast", "South Hwanghae province"];
    private static readonly string[] Kinds = ["ballistic missile", "short-range ballistic missile", "cruise missile", "intercontinental ballistic missile", "hypersonic missile", "submarine-launched ballistic missile"];
    private static readonly string[] CountWords = ["a", "two", "three", "multiple", "at least one", "four"];
    private static readonly string[] Analysts = ["Park Min-jun, a researcher at a Seoul institute,", "A professor at a university in Seoul", "Leif Anders, a missile analyst,", "Sato Kenji of a Tokyo think tank", "A former defense official", "Hong Sun-ah, a security analyst,", "Maria Lopez, a nonproliferation expert,", "Kim Tae-ho, a retired general,"];
    private static readonly string[] Weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    private readonly Random _random = new(seed);

    public void Write(TextWriter output, int count)
    {
        var start = new DateOnly(2016, 1, 1);
        var launches = Math.Max(1, count / 4);
        for (var i = 0; i < count; i++)
        {
            // Reports cluster around launches: about four outlets per launch, published the same day or the next.
            var launchIndex = i % launches;
            var launchRandom = new Random(seed ^ (launchIndex * 7919));
            var day = start.AddDays(launchRandom.Next(0, 3800));
            var launch = new Launch(
                day,
                Sites[launchRandom.Next(Sites.Length)],
                Kinds[launchRandom.Next(Kinds.Length)],
                CountWords[launchRandom.Next(CountWords.Length)],
                launchRandom.Next(2, 120) * 10,
                launchRandom.Next(3, 100) * 10,
                launchRandom.Next(5, 12),
                $"{launchRandom.Next(5, 23):00}:{launchRandom.Next(0, 60):00}");
            var published = day.AddDays(_random.Next(0, 2));
            var outlet = Outlets[_random.Next(Outlets.Length)];
            var record = new Dictionary<string, object?>
            {
                ["id"] = $"bench-{i:D6}",
                ["outlet"] = outlet,
                ["url"] = $"https://news.example/{outlet.Replace(' ', '-').ToLowerInvariant()}/{i}",
                ["published"] = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["title"] = $"North Korea fires {launch.Kind}",
                ["text"] = Article(launch, outlet, i),
            };
            output.WriteLine(JsonSerializer.Serialize(record));
        }
    }

    private string Article(Launch l, string outlet, int n)
    {
        var weekday = Weekdays[(int)l.Day.DayOfWeek];
        var hour = int.Parse(l.Time.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var partOfDay = hour < 12 ? "morning" : hour < 18 ? "afternoon" : "evening";
        var japanRange = l.RangeKm + (_random.Next(0, 3) - 1) * 50;
        var sb = new StringBuilder();
        if (_random.Next(3) == 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"Join {outlet} for access to this content\n\nBy entering your email and pushing continue, you are agreeing to our Terms of Use.\n\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"North Korea fired {l.Count} {l.Kind}{(l.Count is "a" or "at least one" ? "" : "s")} from near {l.Site} on {weekday} {partOfDay}, South Korea's Joint Chiefs of Staff said.\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"The JCS said the launch was detected at around {l.Time} and that the missile flew about {l.RangeKm} km at an altitude of {l.ApogeeKm} km before landing in the East Sea.\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"Japan's Defense Ministry said the projectile reached a maximum altitude of about {l.ApogeeKm + 10} km, flew {japanRange} kilometers and fell outside Japan's exclusive economic zone.\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"File photo of a missile launch. (Photo/{outlet} {n % 97})\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"The U.S. Indo-Pacific Command said the launch did not pose an immediate threat to U.S. personnel or territory, but highlighted the destabilizing impact of the North's weapons program.\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"The missile reached a top speed of Mach {l.Mach}, according to a military source cited by local media.\n\n");
        for (var p = 0; p < 3; p++)
        {
            var analyst = Analysts[_random.Next(Analysts.Length)];
            sb.Append(CultureInfo.InvariantCulture, $"{analyst} said the launch was part of a pattern of weapons tests intended to pressure Washington and Seoul while talks remain stalled, and that further tests are likely in the coming {_random.Next(2, 9)} weeks as the allies hold joint drills.\n\n");
        }

        sb.Append("CLICK HERE TO GET THE NEWS APP\n\nRelated coverage:\n\nNorth Korea vows stronger deterrent\n\nSeoul and Tokyo hold security talks\n");
        return sb.ToString();
    }

    private sealed record Launch(DateOnly Day, string Site, string Kind, string Count, int RangeKm, int ApogeeKm, int Mach, string Time);
}
