using System.Globalization;
using Apogee.Core.Model;

namespace Apogee.Extraction.Tests;

/// <summary>
/// Short synthetic reports (written for these tests, no real article's text) in the styles of the outlets that report
/// launches, with hand-written expected values. They guard against rules keyed to the dev set's phrasing.
/// Expectations: "key=value" pairs separated by ";" (see <see cref="Check"/>).
/// </summary>
public class GeneralisationTests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    public static TheoryData<string, string?, string, string> Reports
    {
        get
        {
            var data = new TheoryData<string, string?, string, string>();
            foreach (var (name, published, text, expected) in GeneralisationReportsA.All.Concat(GeneralisationReportsB.All)) data.Add(name, published, text, expected);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Real_world_phrasings_are_extracted(string name, string? published, string text, string expected)
    {
        var doc = new CleanDocument(name, "memory", text,
            new DocumentMetadata(published is null ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture)), [], []);
        var report = Extractor.Extract(doc);
        var failures = new List<string>();
        foreach (var pair in expected.Split(';'))
        {
            var kv = pair.Split('=', 2);
            var problem = Check(report, kv[0], kv[1]);
            if (problem is not null) failures.Add($"{kv[0]}: {problem}");
        }

        Assert.True(failures.Count == 0, name + ": " + string.Join(" | ", failures));
        Assert.All(report.Events.SelectMany(e => e.Claims), c => Assert.Equal(c.Quote, text[c.Start..c.End]));
    }

    /// <summary>One expectation: null when met, else what was found.</summary>
    internal static string? Check(LaunchReport report, string key, string want)
    {
        if (key == "rel") return report.Relevant.ToString().Equals(want, StringComparison.OrdinalIgnoreCase) ? null : $"relevant {report.Relevant}";
        var e = report.Primary;
        if (e is null) return "no primary event";
        string? got = key switch
        {
            "actor" => e.Actor,
            "date" => e.Date.Earliest == e.Date.Latest ? Day(e.Date.Earliest) : $"{Day(e.Date.Earliest)}..{Day(e.Date.Latest)}",
            "weekday" => e.Weekday,
            "part" => e.PartOfDay,
            "time" => e.TimeLocal,
            "count" => e.Count?.ToString(),
            "cat" => e.Category,
            "rc" => e.RangeClass,
            "basing" => e.Basing,
            "name" => e.MissileName,
            "site" => e.Site?.Name,
            "eez" => e.Impact?.Eez,
            "range" => Num(e.RangeKm),
            "apogee" => Num(e.ApogeeKm),
            "mach" => Num(e.SpeedMach),
            "flight" => Num(e.FlightTimeMin),
            "refs" => string.Join(",", report.Events.Where(r => r.Role == "reference").Select(r => Day(r.Date.Earliest))),
            _ when key.StartsWith("src.", StringComparison.Ordinal) => string.Join(",", e.Claims.Where(c => c.Field == key[4..]).Select(c => c.Source).Distinct()),
            _ when key.StartsWith("only.", StringComparison.Ordinal) => string.Join(",", e.Claims.Where(c => c.Field == key[5..]).Select(c => c.Source).Distinct()),
            _ when key.StartsWith("has.", StringComparison.Ordinal) => string.Join(",", e.Claims.Where(c => c.Field == key[4..]).Select(c => c.Value.ToString())),
            _ => "unknown key",
        };
        // "has.F=V": some claim of F has the value V (figures within 5 %); "has.F=none": no claim of F.
        if (key.StartsWith("has.", StringComparison.Ordinal))
        {
            var values = got!.Length == 0 ? [] : got.Split(',');
            if (want == "none") return values.Length == 0 ? null : $"claims [{got}]";
            var hit = values.Any(v => v == want || (double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.TryParse(want, NumberStyles.Float, CultureInfo.InvariantCulture, out var w) && Math.Abs(x - w) <= 0.05 * w));
            return hit ? null : $"claims [{got}]";
        }

        // "src.F=X": some claim of F is X's; "only.F=X|Y": every claim of F is X's or Y's.
        if (key.StartsWith("src.", StringComparison.Ordinal)) return got!.Split(',').Contains(want) ? null : $"sources [{got}]";
        if (key.StartsWith("only.", StringComparison.Ordinal)) return got!.Length > 0 && got.Split(',').All(want.Split('|').Contains) ? null : $"sources [{got}]";
        if (key is "range" or "apogee" or "mach" or "flight" && want != "null")
        {
            var ok = want.Split('|').Any(w => got is not null && Math.Abs(double.Parse(got, CultureInfo.InvariantCulture) - double.Parse(w, CultureInfo.InvariantCulture)) <= 0.05 * double.Parse(w, CultureInfo.InvariantCulture));
            return ok ? null : $"got {got ?? "null"}";
        }

        return want.Split('|').Contains(got ?? "null") ? null : $"got {got ?? "null"}";
    }

    private static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "open";

    private static string? Num(double? v) => v?.ToString(CultureInfo.InvariantCulture);
}
