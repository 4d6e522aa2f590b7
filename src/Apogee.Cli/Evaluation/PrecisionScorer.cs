using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Apogee.Cli.Evaluation;

/// <summary>
/// A faithful port of ../shared/tools/precision.py: what score.py does not see. Claim precision (one claim per distinct
/// (field, value, source) whose value the gold accepts), source precision (each predicted claim's own source), repeated
/// claims, and reference events whose day holds no launch of the CNS table and matches no gold reference. Printed in
/// precision.py's layout so both agree figure for figure.
/// </summary>
public static class PrecisionScorer
{
    // The CNS table's date columns, any of which may carry a launch's day.
    private static readonly string[] DateColumns = ["date", "date_local", "date_local_check"];

    private static readonly string[] Numeric = ["range_km", "apogee_km", "speed_mach"];

    /// <param name="launches">Launch days of the CNS table (any of its date columns); empty when no table was given.</param>
    public static PrecisionCard Score(IReadOnlyList<(string Name, JsonObject Gold)> golds, JsonArray predictions, IReadOnlySet<DateOnly> launches)
    {
        var preds = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var p in predictions.OfType<JsonObject>())
        {
            preds[Path.GetFileNameWithoutExtension(Path.GetFileName(GoldScorer.Str(p["document"]) ?? "None"))] = p;
        }

        var card = new PrecisionCard();
        foreach (var (name, gold) in golds.OrderBy(g => g.Name, StringComparer.Ordinal))
        {
            var events = (preds.GetValueOrDefault(name)?["events"] as JsonArray ?? []).OfType<JsonObject>().ToList();
            if (GoldScorer.Truthy(gold["relevant"]) && GoldScorer.Truthy(preds.GetValueOrDefault(name)?["relevant"]))
            {
                Claims(card, name, gold, events.FirstOrDefault(e => GoldScorer.Str(e["role"]) == "primary"));
            }

            foreach (var e in events.Where(e => GoldScorer.Str(e["role"]) == "reference")) Reference(card, name, gold, e, launches);
        }

        return card;
    }

    /// <summary>The launch days of a CNS-format table: every date, date_local and date_local_check cell that is a day.</summary>
    public static HashSet<DateOnly> LaunchDays(string csvText)
    {
        var table = Apogee.Ballistics.CsvTable.Parse(csvText);
        var days = new HashSet<DateOnly>();
        foreach (var row in table.Rows)
        {
            foreach (var column in DateColumns.Where(table.HasColumn))
            {
                var cell = table.Cell(row, column);
                if (DateOnly.TryParseExact(cell.Length > 10 ? cell[..10] : cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) days.Add(d);
            }
        }

        return days;
    }

    private static void Claims(PrecisionCard card, string name, JsonObject gold, JsonObject? prim)
    {
        var g = gold["primary"] as JsonObject ?? [];
        var gclaims = (gold["claims"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var seen = new HashSet<(string?, string, string?)>();
        foreach (var c in (prim?["claims"] as JsonArray ?? []).OfType<JsonObject>())
        {
            card.TotalClaims++;
            var f = GoldScorer.Str(c["field"]);
            if (!seen.Add((f, PyJson(c["value"]), GoldScorer.Str(c["source"]))))
            {
                card.Repeats++;
                continue;
            }

            if (f is null || (!g.ContainsKey(f) && !gclaims.Any(gc => GoldScorer.Str(gc["field"]) == f))) continue;
            var ok = ValueOk(f, c["value"], g, gclaims);
            card.Precision[1]++;
            if (ok) card.Precision[0]++;
            else card.Lines.Add($"{name} off-gold claim {f}={PyJson(c["value"])} ({Py(c["source"])}): {Head(GoldScorer.Str(c["quote"]) ?? "", 110)}");

            var hit = gclaims.Where(gc => GoldScorer.ClaimMatch(WithoutQualifier(c), WithoutQualifier(gc))).ToList();
            if (hit.Count == 0) continue;
            card.Sources[1]++;
            var good = hit.Any(gc => (gc["source"] as JsonArray ?? []).Select(GoldScorer.Str).Contains(GoldScorer.Str(c["source"])));
            if (good) card.Sources[0]++;
            else card.Lines.Add($"{name} wrong source {f}={PyJson(c["value"])}: {Py(c["source"])} want {GoldScorer.PyRepr(hit[0]["source"])}");
        }
    }

    private static void Reference(PrecisionCard card, string name, JsonObject gold, JsonObject e, IReadOnlySet<DateOnly> launches)
    {
        var iv = e["date"] as JsonObject ?? [];
        if (!Day(iv["earliest"], out var lo) || !Day(iv["latest"], out var hi) || hi.DayNumber - lo.DayNumber > 3)
        {
            card.Wide++;
            return;
        }

        var goldHit = (gold["references"] as JsonArray ?? []).OfType<JsonObject>().Any(gr => GoldScorer.ReferenceOk(e, gr));
        var near = Enumerable.Range(-1, hi.DayNumber - lo.DayNumber + 3).Select(lo.AddDays);
        if (goldHit || (launches.Count > 0 && near.Any(launches.Contains)))
        {
            card.Real++;
            return;
        }

        card.Ghost++;
        card.Lines.Add($"{name} ghost reference {GoldScorer.Str(iv["earliest"])}..{GoldScorer.Str(iv["latest"])} ({Py(e["category"])})");
    }

    private static bool ValueOk(string field, JsonNode? value, JsonObject g, List<JsonObject> gclaims)
    {
        var pc = new JsonObject { ["field"] = field, ["value"] = value?.DeepClone() };
        if (gclaims.Any(gc => GoldScorer.Str(gc["field"]) == field && GoldScorer.ClaimMatch(pc, WithoutQualifier(gc)))) return true;
        var acceptable = Acceptable(g, field);
        switch (field)
        {
            case "site":
                return g["site"] is JsonObject site && GoldScorer.SiteOk(value is JsonObject ? value.DeepClone() : new JsonObject { ["name"] = value?.DeepClone() }, site);
            case "count":
                return acceptable.Any(c => GoldScorer.CountEq(value, c));
            case "flight_time_min":
            case var _ when Numeric.Contains(field):
                return acceptable.Any(v => GoldScorer.NumEq(value, v));
            case "category":
                var want = acceptable.Select(w => GoldScorer.Truthy(w) ? GoldScorer.Str(w)! : "unknown").DefaultIfEmpty("unknown").ToList();
                if (want.Contains("ballistic") || want.Contains("hypersonic")) want.AddRange(["ballistic", "hypersonic"]);
                return want.Contains(GoldScorer.Str(value) ?? "None");
            case "missile_name":
                return false; // only gold claims name missiles
            default:
                var text = Py(value).ToLowerInvariant();
                return acceptable.Any(v => string.Equals(Py(v).ToLowerInvariant(), text, StringComparison.Ordinal));
        }
    }

    /// <summary>Python's <c>acceptable</c>: the field's gold value(s), nulls left out.</summary>
    private static List<JsonNode> Acceptable(JsonObject g, string field) =>
        !g.TryGetPropertyValue(field, out var x) ? [] : x is JsonArray a ? a.Where(v => v is not null).Select(v => v!).ToList() : x is null ? [] : [x];

    private static JsonObject WithoutQualifier(JsonObject c)
    {
        var copy = (JsonObject)c.DeepClone();
        copy["qualifier"] = null;
        return copy;
    }

    private static bool Day(JsonNode? n, out DateOnly d)
    {
        d = default;
        return n is JsonValue v && v.GetValueKind() == JsonValueKind.String
            && DateOnly.TryParseExact(v.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d);
    }

    /// <summary>Python's str() of a JSON value (a string bare, None for null), as f-strings print it.</summary>
    private static string Py(JsonNode? n) => n is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : GoldScorer.PyRepr(n);

    /// <summary>A code-point prefix, as Python's slice <c>s[:n]</c>.</summary>
    private static string Head(string s, int n) => string.Concat(s.EnumerateRunes().Take(n).Select(r => r.ToString()));

    /// <summary>
    /// Python's <c>json.dumps(v)</c> (<paramref name="sortKeys"/>: <c>sort_keys=True</c>): ", " and ": " separators,
    /// non-ASCII escaped.
    /// </summary>
    internal static string PyJson(JsonNode? n, bool sortKeys = true)
    {
        switch (n)
        {
            case null:
                return "null";
            case JsonObject o:
                var members = sortKeys ? o.OrderBy(kv => kv.Key, StringComparer.Ordinal) : o.AsEnumerable();
                return "{" + string.Join(", ", members.Select(kv => PyString(kv.Key) + ": " + PyJson(kv.Value, sortKeys))) + "}";
            case JsonArray a:
                return "[" + string.Join(", ", a.Select(v => PyJson(v, sortKeys))) + "]";
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                return PyString(v.GetValue<string>());
            default:
                return n.ToJsonString();
        }
    }

    private static string PyString(string s)
    {
        var b = new System.Text.StringBuilder("\"");
        foreach (var ch in s)
        {
            b.Append(ch switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                _ when ch < 0x20 || ch > 0x7f => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)ch:x4}"),
                _ => ch.ToString(),
            });
        }

        return b.Append('"').ToString();
    }
}
