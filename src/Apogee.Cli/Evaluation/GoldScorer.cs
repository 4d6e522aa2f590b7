using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Apogee.Cli.Evaluation;

/// <summary>
/// A faithful port of ../shared/tools/score.py: the same per-field accuracy, spurious values, relevance, claim recall,
/// attribution and references, printed in the same layout, so `apogee eval` and the Python scorer agree figure for figure.
/// Works on the JSON form of the reports, as the Python scorer does.
/// </summary>
public static class GoldScorer
{
    private static readonly string[] Numeric = ["range_km", "apogee_km", "speed_mach"];
    private static readonly string[] ExactFields = ["weekday", "part_of_day", "category", "range_class", "basing"];

    public static ScoreCard Score(IReadOnlyList<(string Name, JsonObject Gold)> golds, JsonArray predictions)
    {
        var preds = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var p in predictions.OfType<JsonObject>())
        {
            preds[Path.GetFileNameWithoutExtension(Path.GetFileName(Str(p["document"]) ?? "None"))] = p;
        }

        var card = new ScoreCard();
        foreach (var (name, gold) in golds.OrderBy(g => g.Name, StringComparer.Ordinal))
        {
            ScoreDocument(card, name, gold, preds.GetValueOrDefault(name));
        }

        return card;
    }

    private static void ScoreDocument(ScoreCard card, string name, JsonObject gold, JsonObject? pred)
    {
        card.Relevance[1]++;
        if (pred is null)
        {
            card.Misses.Add($"{name}: no output for this document");
            pred = new JsonObject { ["relevant"] = false, ["events"] = new JsonArray() };
        }

        var goldRelevant = Truthy(gold["relevant"]);
        if (Truthy(pred["relevant"]) == goldRelevant) card.Relevance[0]++;
        else card.Misses.Add($"{name} relevant: got {PyRepr(pred["relevant"])} want {PyRepr(gold["relevant"])}");
        if (!goldRelevant) return;

        var events = pred["events"] as JsonArray ?? [];
        var prim = events.OfType<JsonObject>().FirstOrDefault(e => Str(e["role"]) == "primary") ?? [];
        var g = gold["primary"] as JsonObject ?? [];
        card.Add("actor", string.Equals((Str(prim["actor"]) ?? "").ToLowerInvariant(), (Str(g["actor"]) ?? "").ToLowerInvariant(), StringComparison.Ordinal) ? 1 : 0, name, prim["actor"], g["actor"]);

        var gd = g["date"] as JsonObject ?? [];
        if (Truthy(g["date_truth"]) && (Truthy(gd["earliest"]) || Truthy(gd["latest"])))
        {
            var want = new JsonObject { ["truth"] = g["date_truth"]?.DeepClone() };
            foreach (var kv in gd) want[kv.Key] = kv.Value?.DeepClone();
            card.Add("date", DateScore(prim["date"], gd, g["date_truth"]!), name, prim["date"], want);
        }

        var truths = g["date_truth"] is JsonArray ta ? ta.Select(Str).ToList() : [Str(g["date_truth"])];
        var days = truths.Where(t => !string.IsNullOrEmpty(t)).Select(t => ParseDate(t)!.Value.DayOfWeek.ToString()).ToHashSet();
        if (Truthy(g["weekday"]) && days.Contains(Str(g["weekday"])!))
        {
            card.Add("weekday", Str(prim["weekday"]) == Str(g["weekday"]) ? 1 : 0, name, prim["weekday"], g["weekday"]);
        }

        foreach (var f in ExactFields)
        {
            if (f == "weekday" || !g.ContainsKey(f)) continue;
            var got = Truthy(prim[f]) ? Str(prim[f]) : null;
            var want = g[f] is JsonArray wa ? wa.Select(Str).ToList() : [Str(g[f])];
            if (f == "category")
            {
                got ??= "unknown";
                want = want.Select(w => (string?)(string.IsNullOrEmpty(w) ? "unknown" : w)).ToList();
                if (want.Contains("ballistic") || want.Contains("hypersonic")) want.AddRange(["ballistic", "hypersonic"]);
            }

            if (f == "basing")
            {
                got = got == "ground" ? null : got;
                want = want.Select(w => w == "ground" ? null : w).ToList();
            }

            if (f == "part_of_day" && want.All(w => w is null)) continue;
            card.Add(f, want.Contains(got) ? 1 : 0, name, got is null ? null : JsonValue.Create(got), new JsonArray(want.Select(w => (JsonNode?)(w is null ? null : JsonValue.Create(w))).ToArray()));
        }

        if (g.ContainsKey("time_local"))
        {
            var wants = (g["time_local"] as JsonArray ?? []).Select(Str).ToList();
            card.Add("time_local", wants.Contains(Str(prim["time_local"])) ? 1 : 0, name, prim["time_local"], g["time_local"]);
        }

        if (g.ContainsKey("count"))
        {
            var ok = (g["count"] as JsonArray ?? []).Any(c => CountEq(prim["count"], c));
            card.Add("count", ok ? 1 : 0, name, prim["count"], g["count"]);
        }

        if (g.ContainsKey("site"))
        {
            if (g["site"] is null) card.Add("site", 0, name, Truthy(prim["site"]) ? prim["site"] : null, null);
            else card.Add("site", SiteOk(prim["site"], (JsonObject)g["site"]!) ? 1 : 0, name, prim["site"], g["site"]);
        }

        if (g.ContainsKey("eez"))
        {
            var got = (prim["impact"] as JsonObject)?["eez"];
            var wants = (g["eez"] as JsonArray ?? []).Select(Str).ToList();
            card.Add("eez", wants.Contains(Str(got)) ? 1 : 0, name, got, g["eez"]);
        }

        foreach (var f in Numeric)
        {
            if (!g.ContainsKey(f)) continue;
            var ok = (g[f] as JsonArray ?? []).Any(v => NumEq(prim[f], v));
            card.Add(f, ok ? 1 : 0, name, prim[f], g[f]);
        }

        var pclaims = events.OfType<JsonObject>().SelectMany(e => (e["claims"] as JsonArray ?? []).OfType<JsonObject>()).ToList();
        foreach (var gc in (gold["claims"] as JsonArray ?? []).OfType<JsonObject>())
        {
            card.Claims[1]++;
            var hit = pclaims.Where(pc => ClaimMatch(pc, gc)).ToList();
            if (hit.Count > 0)
            {
                card.Claims[0]++;
                card.Attribution[1]++;
                var sources = (gc["source"] as JsonArray ?? []).Select(Str).ToHashSet();
                if (hit.Any(pc => sources.Contains(Str(pc["source"])))) card.Attribution[0]++;
                else card.Misses.Add($"{name} claim {Str(gc["field"])}={Dump(gc["value"])}: source [{string.Join(", ", hit.Select(pc => PyRepr(pc["source"])))}] want {PyRepr(gc["source"])}");
            }
            else
            {
                card.Misses.Add($"{name} claim missing: {Dump(gc)}");
            }
        }

        foreach (var gr in (gold["references"] as JsonArray ?? []).OfType<JsonObject>())
        {
            card.References[1]++;
            var ok = events.OfType<JsonObject>().Any(e => Str(e["role"]) == "reference" && ReferenceOk(e, gr));
            if (ok) card.References[0]++;
            else card.Misses.Add($"{name} reference launch missing: {Dump(gr)}");
        }
    }

    internal static bool Truthy(JsonNode? n) => n switch
    {
        null => false,
        JsonValue v when v.GetValueKind() == JsonValueKind.False => false,
        JsonValue v when v.GetValueKind() == JsonValueKind.True => true,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>().Length > 0,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<double>() != 0,
        JsonObject o => o.Count > 0,
        JsonArray a => a.Count > 0,
        _ => true,
    };

    /// <summary>Python's repr of a JSON value, for miss lines that score.py prints with str() rather than json.dumps().</summary>
    internal static string PyRepr(JsonNode? n) => n switch
    {
        null => "None",
        JsonValue v when v.GetValueKind() == JsonValueKind.True => "True",
        JsonValue v when v.GetValueKind() == JsonValueKind.False => "False",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => "'" + v.GetValue<string>() + "'",
        JsonArray a => "[" + string.Join(", ", a.Select(PyRepr)) + "]",
        JsonObject o => "{" + string.Join(", ", o.Select(kv => "'" + kv.Key + "': " + PyRepr(kv.Value))) + "}",
        _ => n.ToJsonString(),
    };

    internal static string? Str(JsonNode? n) => n switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => n.ToJsonString(),
    };

    /// <summary>Python's <c>json.dumps(v)</c>, as score.py prints values in its miss lines.</summary>
    internal static string Dump(JsonNode? n) => PrecisionScorer.PyJson(n, sortKeys: false);

    private static double? Num(JsonNode? n)
    {
        if (n is JsonValue v)
        {
            if (v.GetValueKind() == JsonValueKind.Number) return v.GetValue<double>();
            if (v.GetValueKind() == JsonValueKind.String && double.TryParse(v.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        }

        return null;
    }

    internal static bool NumEq(JsonNode? a, JsonNode? b)
    {
        if (a is null || b is null) return a is null && b is null;
        if (Num(a) is not { } x || Num(b) is not { } y) return false;
        return Math.Abs(x - y) <= Math.Max(0.05 * Math.Abs(y), 0.5);
    }

    internal static bool CountEq(JsonNode? a, JsonNode? b)
    {
        if (a is null || b is null) return a is null && b is null;
        if (a is JsonValue av && av.GetValueKind() == JsonValueKind.Number) a = new JsonObject { ["min"] = av.DeepClone(), ["max"] = av.DeepClone() };
        if (a is not JsonObject ao || b is not JsonObject bo) return false;
        return SameNumber(ao["min"], bo["min"]) && SameNumber(ao["max"], bo["max"]);
    }

    private static bool SameNumber(JsonNode? a, JsonNode? b) =>
        a is null || b is null ? a is null && b is null : Num(a) is { } x && Num(b) is { } y ? x == y : Str(a) == Str(b);

    internal static string NormName(string? s)
    {
        string[] stop = ["province", "county", "city", "area", "near", "the", "vicinity", "of", "region", "district", "port", "in", "around", "from", "capital"];
        var words = ScorerPatterns.Word().Matches((s ?? "").ToLowerInvariant()).Select(m => m.Value).Where(w => !stop.Contains(w));
        return string.Join(' ', words);
    }

    internal static bool SiteOk(JsonNode? pred, JsonObject gold)
    {
        if (pred is JsonValue pv && pv.GetValueKind() == JsonValueKind.String) pred = new JsonObject { ["name"] = pv.GetValue<string>() };
        if (pred is not JsonObject p || (!Truthy(p["name"]) && p["lat"] is null)) return Truthy(gold["null_ok"]);
        var pn = NormName(Str(p["name"])).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        foreach (var gname in (gold["names"] as JsonArray ?? []).Select(Str))
        {
            var gn = NormName(gname).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
            if (pn.Count > 0 && gn.Count > 0 && (gn.IsSubsetOf(pn) || pn.IsSubsetOf(gn))) return true;
        }

        if (gold["lat"] is not null && p["lat"] is not null)
        {
            var tolerance = gold.ContainsKey("tolerance_km") ? Num(gold["tolerance_km"]) ?? 50 : 50;
            return Km(Num(p["lat"])!.Value, Num(p["lon"])!.Value, Num(gold["lat"])!.Value, Num(gold["lon"])!.Value) <= tolerance;
        }

        return false;
    }

    private static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        var r = Math.PI / 180;
        var a = Math.Pow(Math.Sin((lat2 - lat1) * r / 2), 2) + Math.Cos(lat1 * r) * Math.Cos(lat2 * r) * Math.Pow(Math.Sin((lon2 - lon1) * r / 2), 2);
        return 12742 * Math.Asin(Math.Sqrt(a));
    }

    internal static string MissileKey(string? s)
    {
        var k = ScorerPatterns.NotAlnum().Replace((s ?? "").ToLowerInvariant(), "");
        return k.Replace("hwasongpho", "hwasong", StringComparison.Ordinal).Replace("pukkuksong", "pukguksong", StringComparison.Ordinal).Replace("nodong", "rodong", StringComparison.Ordinal);
    }

    private static DateOnly? ParseDate(string? s) =>
        string.IsNullOrEmpty(s) ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryDate(JsonNode? n, out DateOnly? d)
    {
        d = null;
        if (!Truthy(n)) return true;
        if (n is not JsonValue v || v.GetValueKind() != JsonValueKind.String) return false;
        if (!DateOnly.TryParseExact(v.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var x)) return false;
        d = x;
        return true;
    }

    internal static double DateScore(JsonNode? pred, JsonObject goldIv, JsonNode truth)
    {
        var p = pred as JsonObject ?? [];
        if (!TryDate(p["earliest"], out var e) || !TryDate(p["latest"], out var l)) return 0;
        if (e is null && l is null) return 0;
        var truths = (truth is JsonArray ta ? ta.Select(Str) : [Str(truth)]).Select(ParseDate).ToList();
        var contains = truths.Any(t => (e is null || e <= t) && (l is null || t <= l));
        var ge = ParseDate(Str(goldIv["earliest"]));
        var gl = ParseDate(Str(goldIv["latest"]));
        var within = (ge is null || (e is not null && e >= ge)) && (gl is null || (l is not null && l <= gl));
        return contains && within ? 1.0 : contains ? 0.5 : 0.0;
    }

    internal static bool QualifierOk(string? got, string want)
    {
        got = string.IsNullOrEmpty(got) ? "exact" : got;
        string[][] groups = [["exact", "about"], ["about", "less_than", "at_most", "up_to"], ["at_least", "more_than"]];
        return got == want || groups.Any(gr => gr.Contains(got) && gr.Contains(want));
    }

    internal static bool ClaimMatch(JsonObject pc, JsonObject gc)
    {
        var f = Str(gc["field"]);
        if (Str(pc["field"]) != f) return false;
        var v = gc["value"];
        if (f == "count") return CountEq(pc["value"], v);
        if (Numeric.Contains(f) || f == "flight_time_min")
        {
            if (!NumEq(pc["value"], v)) return false;
            var q = Str(gc["qualifier"]);
            return q is null || QualifierOk(Str(pc["qualifier"]), q);
        }

        if (f == "missile_name") return MissileKey(Str(pc["value"])) == MissileKey(Str(v));
        if (f == "site")
        {
            var pv = pc["value"];
            var name = pv is JsonObject po ? Str(po["name"]) : Str(pv);
            return SiteOk(new JsonObject { ["name"] = name }, new JsonObject { ["names"] = new JsonArray(JsonValue.Create(Str(v))) });
        }

        return string.Equals((Str(pc["value"]) ?? "").ToLowerInvariant(), (Str(v) ?? "None").ToLowerInvariant(), StringComparison.Ordinal);
    }

    internal static bool ReferenceOk(JsonObject ev, JsonObject goldRef)
    {
        var iv = ev["date"] as JsonObject ?? [];
        if (!TryDate(iv["earliest"], out var e) || !TryDate(iv["latest"], out var l)) return false;
        var gdate = ParseDate(Str(goldRef["date"]));
        if (e is null || l is null || l.Value.DayNumber - e.Value.DayNumber > 2 || !(e <= gdate && gdate <= l)) return false;
        var want = Str(goldRef["category"]);
        var got = Str(ev["category"]);
        string[] kin = ["ballistic", "hypersonic"];
        return string.IsNullOrEmpty(want) || string.IsNullOrEmpty(got) || got == "unknown" || got == want || (kin.Contains(got) && kin.Contains(want));
    }
}
