using System.Globalization;
using System.Text.Json.Nodes;
using Apogee.Catalogue;
using Apogee.Core.Catalogue;
using Apogee.Core.Json;
using Apogee.Core.Storage;
using Apogee.Reporting;

namespace Apogee.Cli.Output;

/// <summary>`apogee catalogue diff` as a worklist (table) or JSON: missed launches, events the catalogue lacks, field disagreements with their claims.</summary>
internal static class CatalogueDiffWriter
{
    public static void Table(TextWriter w, CatalogueReview r)
    {
        var period = r.Since is null ? "no dated events" : $"{Day(r.Since)}..{Day(r.Until)}";
        w.WriteLine($"Catalogue diff, {period}: {r.Linked} event(s) linked, {r.Lacking.Count} not in the catalogue, {r.OutOfScope} outside its scope (cruise, undated or another actor)");
        w.WriteLine();
        w.WriteLine($"Missed by the news: {r.Missed.Count} catalogue launch(es) no event matches");
        foreach (var l in r.Missed)
        {
            w.WriteLine($"  CNS {l.Id}  {Day(l.Day)}  {l.Missile ?? "unknown missile"}  {l.Facility ?? "unknown site"}  ({l.Count} missile(s); {l.Lines})");
        }

        w.WriteLine();
        w.WriteLine($"Not in the catalogue: {r.Lacking.Count} event(s), candidates to add");
        foreach (var e in r.Lacking)
        {
            var what = new[] { e.Event.Category + (e.Event.Site is { } s ? $" from {s.Name}" : ""), e.Event.MissileName, $"({e.Reports} report(s))" };
            w.WriteLine($"  event {e.Id}  {CatalogueComparison.DayText(e.Event.Date)}  {string.Join("  ", what.OfType<string>())}");
        }

        w.WriteLine();
        w.WriteLine($"Disagreements: {r.Disagreements.Count} field(s)");
        foreach (var (e, c) in r.Disagreements)
        {
            w.WriteLine($"  event {e.Id} / CNS {e.Catalogue!.Launch.Id}  {c.Field}: Apogee {c.Apogee}, catalogue {c.Catalogue}");
            foreach (var claim in Claims(e, c))
            {
                w.WriteLine($"    claim #{claim.Id} {claim.Claim.Source}: {ClaimDisplay.Display(claim.Claim)} \"{claim.Claim.Quote}\" ({claim.DocumentName})");
            }
        }
    }

    public static string Json(CatalogueReview r)
    {
        var o = new JsonObject
        {
            ["since"] = Day(r.Since),
            ["until"] = Day(r.Until),
            ["linked"] = r.Linked,
            ["out_of_scope"] = r.OutOfScope,
            ["missed"] = new JsonArray([.. r.Missed.Select(l => (JsonNode)Launch(l))]),
            ["not_in_catalogue"] = new JsonArray([.. r.Lacking.Select(e => (JsonNode)new JsonObject
            {
                ["event"] = e.Id,
                ["date_earliest"] = Day(e.Event.Date.Earliest),
                ["date_latest"] = Day(e.Event.Date.Latest),
                ["category"] = e.Event.Category,
                ["site"] = e.Event.Site?.Name,
                ["missile_name"] = e.Event.MissileName,
                ["reports"] = e.Reports,
            })]),
            ["disagreements"] = new JsonArray([.. r.Disagreements.Select(d => (JsonNode)new JsonObject
            {
                ["event"] = d.Event.Id,
                ["catalogue"] = d.Event.Catalogue!.Launch.Id,
                ["field"] = d.Check.Field,
                ["apogee"] = d.Check.Apogee,
                ["catalogue_value"] = d.Check.Catalogue,
                ["claims"] = new JsonArray([.. Claims(d.Event, d.Check).Select(c => (JsonNode)new JsonObject
                {
                    ["id"] = c.Id,
                    ["source"] = c.Claim.Source,
                    ["value"] = ClaimDisplay.Display(c.Claim),
                    ["quote"] = c.Claim.Quote,
                    ["document"] = c.DocumentName,
                })]),
            })]),
        };
        return o.ToJsonString(ContractJson.Options) + "\n";
    }

    private static JsonObject Launch(CatalogueLaunch l)
    {
        var o = CatalogueJson.Object(l);
        o["lines"] = l.Lines;
        return o;
    }

    /// <summary>The claims behind Apogee's value of the field, in id order.</summary>
    private static IEnumerable<StoredClaim> Claims(StoredEvent e, FieldCheck c) =>
        c.ClaimIds.Select(id => e.Claims.FirstOrDefault(x => x.Id == id)).OfType<StoredClaim>().OrderBy(x => x.Id);

    private static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
