using System.Text.Json;

namespace Apogee.Bench;

/// <summary>
/// What a gold file (../shared/gold/README.md) says of a document, for the fields the perturbation harness follows;
/// each check mirrors ../shared/tools/score.py.
/// </summary>
internal sealed record GoldPrimary(
    bool Relevant, string? Actor, DateOnly? Earliest, DateOnly? Latest, IReadOnlyList<DateOnly> Truths,
    string? Weekday, IReadOnlyList<string?>? Categories, IReadOnlyList<(int? Min, int? Max)>? Counts)
{
    public static GoldPrimary? Read(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var root = doc.RootElement;
            var relevant = root.TryGetProperty("relevant", out var rel) && rel.ValueKind == JsonValueKind.True;
            if (!relevant || !root.TryGetProperty("primary", out var p) || p.ValueKind != JsonValueKind.Object) return new(relevant, null, null, null, [], null, null, null);
            DateOnly? Day(JsonElement e, string name) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? DateOnly.Parse(v.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : null;
            var date = p.TryGetProperty("date", out var dd) ? dd : default;
            var truths = new List<DateOnly>();
            if (p.TryGetProperty("date_truth", out var t))
            {
                foreach (var v in t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().ToList() : [t])
                {
                    if (v.ValueKind == JsonValueKind.String) truths.Add(DateOnly.Parse(v.GetString()!, System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            List<string?>? cats = null;
            if (p.TryGetProperty("category", out var c)) cats = c.ValueKind == JsonValueKind.Array ? [.. c.EnumerateArray().Select(Str)] : [Str(c)];
            List<(int?, int?)>? counts = null;
            if (p.TryGetProperty("count", out var n) && n.ValueKind == JsonValueKind.Array)
            {
                counts = [.. n.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.Object ? (Int(x, "min"), Int(x, "max")) : ((int?)null, (int?)null))];
            }

            var weekday = p.TryGetProperty("weekday", out var w) ? Str(w) : null;
            if (weekday is not null && !truths.Any(d => d.DayOfWeek.ToString() == weekday)) weekday = null;
            return new(true, p.TryGetProperty("actor", out var a) ? Str(a) : null, Day(date, "earliest"), Day(date, "latest"), truths, weekday, cats, counts);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Str(JsonElement e) => e.ValueKind == JsonValueKind.String ? e.GetString() : null;

    private static int? Int(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    /// <summary>score.py's date score; with <paramref name="ownBounds"/> false (the variant set another publication day),
    /// full credit for a bounded interval holding the truth no wider than the gold's (or a day), half for a wider one.</summary>
    public double DateScore(DateOnly? e, DateOnly? l, bool ownBounds)
    {
        if (Truths.Count == 0 || (Earliest is null && Latest is null)) return double.NaN;
        if (e is null && l is null) return 0;
        var contains = Truths.Any(t => (e is null || e <= t) && (l is null || t <= l));
        if (!contains) return 0;
        bool within;
        if (ownBounds) within = (Earliest is null || (e is not null && e >= Earliest)) && (Latest is null || (l is not null && l <= Latest));
        else
        {
            var width = Earliest is { } ge && Latest is { } gl ? gl.DayNumber - ge.DayNumber : 0;
            within = e is not null && l is not null && l.Value.DayNumber - e.Value.DayNumber <= width;
        }

        return within ? 1 : 0.5;
    }

    public bool CategoryOk(string? got)
    {
        if (Categories is null) return true;
        got ??= "unknown";
        var want = Categories.Select(w => w ?? "unknown").ToList();
        if (want.Contains("ballistic") || want.Contains("hypersonic")) want.AddRange(["ballistic", "hypersonic"]);
        return want.Contains(got);
    }

    public bool CountOk(int? min, int? max) => Counts is null || Counts.Any(c => c.Min == min && c.Max == max);
}
