using System.Globalization;
using Apogee.Ballistics;
using Apogee.Core.Model;
using Apogee.Core.Storage;
using Apogee.Reporting;

namespace Apogee.Cli.Output;

/// <summary>
/// `apogee show`: the consolidated facts with the rule and claims behind each, disagreements marked, then what the figures imply (ballistics), then the claims by source, identical ones (field, value, source) once with the number of quotes behind them (all of them with --quotes), then the reporting documents.
/// </summary>
internal static class ShowWriter
{
    public static void Write(TextWriter w, StoredEvent s, IReadOnlyList<StoredDocument> documents, bool allQuotes = false, bool storeHasCatalogue = false)
    {
        var e = s.Event;
        w.WriteLine($"Event {s.Id}: {e.Actor}, {Date(e.Date)}, {e.Category}{(e.Site is null ? "" : " from " + e.Site.Name)}");
        w.WriteLine(e.Role == Vocabulary.Roles.Reference
            ? $"Known only from reference mentions in {s.Reports} document(s)."
            : $"Reported by {s.Reports} document(s).");
        w.WriteLine();
        w.WriteLine("Facts");
        var explained = s.Explanations.Where(x => !Resolution.LinkReasons.IsLinkField(x.Field)).ToDictionary(x => x.Field, StringComparer.Ordinal);
        foreach (var (field, value) in Facts(e))
        {
            explained.TryGetValue(field, out var why);
            var mark = why?.Conflict == true ? "  [conflict: sources disagree]" : "";
            w.WriteLine($"  {field,-16} {value}{mark}");
            if (why is null) continue;
            var ids = why.ClaimIds.Count == 0 ? "no claims" : "claims " + string.Join(", ", why.ClaimIds.Select(i => $"#{i}"));
            w.WriteLine($"  {"",-16} why: {why.Rule} ({ids})");
        }

        CatalogueSection.Write(w, s, storeHasCatalogue);

        var links = s.Explanations.Where(x => Resolution.LinkReasons.IsLinkField(x.Field)).ToList();
        if (links.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("Why these reports are one launch");
            foreach (var x in links)
            {
                w.WriteLine(x.Field == Resolution.LinkReasons.Grouping ? $"  {x.Value}: {x.Rule}" : $"  kept apart from {x.Value}: {x.Rule}");
            }
        }

        w.WriteLine();
        w.WriteLine("Ballistics");
        WriteBallistics(w, e);

        w.WriteLine();
        w.WriteLine("Claims by source");
        foreach (var group in ClaimGroups.Of(s.Claims).GroupBy(g => g.Source).OrderBy(g => Resolution.SourceRank.ForFigure(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            w.WriteLine($"  {group.Key}");
            foreach (var same in group)
            {
                var conflict = explained.TryGetValue(same.Field, out var x) && x.Conflict ? " [conflict]" : "";
                var c = same.First;
                var quotes = same.Quotes == 1 ? "" : $", {same.Quotes} quotes: {string.Join(", ", same.Claims.Select(q => $"#{q.Id}"))}";
                w.WriteLine($"    #{c.Id} {c.Claim.Field} = {c.Claim.Value} ({Said(c)}){conflict}{quotes}");
                w.WriteLine($"       \"{c.Claim.Quote}\"");
                if (same.Quotes == 1) continue;
                if (!allQuotes)
                {
                    w.WriteLine($"       ({same.Quotes - 1} more: apogee show {s.Id} --quotes)");
                    continue;
                }

                foreach (var more in same.Claims.Skip(1))
                {
                    w.WriteLine($"       #{more.Id} \"{more.Claim.Quote}\" ({Said(more)})");
                }
            }
        }

        w.WriteLine();
        w.WriteLine("Documents");
        foreach (var d in documents)
        {
            var meta = new[] { d.Metadata.Published is { } p ? p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null, d.Metadata.Outlet, d.Metadata.Url }
                .Where(v => v is not null);
            w.WriteLine($"  {d.Name} ({string.Join(", ", meta)})");
        }
    }

    /// <summary>Qualifier, speaker, document and role of one claim: "exact, Joint Chiefs of Staff; seoul-desk, primary".</summary>
    private static string Said(StoredClaim c) =>
        $"{c.Claim.Qualifier}{(c.Claim.Speaker is null ? "" : ", " + c.Claim.Speaker)}; {c.DocumentName}, {c.Role}";

    /// <summary>What the consolidated figures imply, in the words `apogee ballistics` uses (the same analysis the API embeds).</summary>
    private static void WriteBallistics(TextWriter w, LaunchEvent e)
    {
        if (EventBallistics.Analyze(e) is not { } analysis)
        {
            w.WriteLine("  " + StoreMessages.NoBallistics);
            return;
        }

        foreach (var line in BallisticsText.Format(analysis).Split('\n'))
        {
            w.WriteLine("  " + line.TrimEnd('\r'));
        }
    }

    public static string Date(DateBounds d) =>
        d.IsDay ? Day(d.Earliest) : d.Earliest is null && d.Latest is null ? "unknown date" : $"{Day(d.Earliest)}..{Day(d.Latest)}";

    private static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?";

    private static IEnumerable<(string Field, string Value)> Facts(LaunchEvent e)
    {
        static string Num(double? v) => v?.ToString("0.###", CultureInfo.InvariantCulture) ?? "-";
        yield return (Vocabulary.Fields.Date, Date(e.Date) + (e.Weekday is null ? "" : $" ({e.Weekday})"));
        yield return (Vocabulary.Fields.TimeLocal, e.TimeLocal ?? e.PartOfDay ?? "-");
        yield return (Vocabulary.Fields.Count, e.Count?.ToString() ?? "-");
        yield return (Vocabulary.Fields.Category, e.Category);
        yield return (Vocabulary.Fields.RangeClass, e.RangeClass ?? "-");
        yield return (Vocabulary.Fields.Basing, e.Basing ?? "-");
        yield return (Vocabulary.Fields.MissileName, e.MissileName ?? "-");
        yield return (Vocabulary.Fields.Site, e.Site is null ? "-" : $"{e.Site.Name} ({e.Site.Kind}{(e.Site.Lat is { } la && e.Site.Lon is { } lo ? $", {Num(la)}, {Num(lo)}" : "")})");
        yield return (Vocabulary.Fields.Direction, e.Direction ?? "-");
        yield return (Vocabulary.Fields.Eez, e.Impact is null ? "-" : $"{e.Impact.Area ?? "-"}, EEZ {e.Impact.Eez ?? "unknown"}");
        yield return (Vocabulary.Fields.RangeKm, Num(e.RangeKm));
        yield return (Vocabulary.Fields.ApogeeKm, Num(e.ApogeeKm));
        yield return (Vocabulary.Fields.SpeedMach, Num(e.SpeedMach));
        yield return (Vocabulary.Fields.FlightTimeMin, Num(e.FlightTimeMin));
    }
}
