using System.Globalization;
using Apogee.Catalogue;
using Apogee.Cli.Framework;
using Apogee.Cli.Output;
using Apogee.Core;
using Apogee.Core.Storage;

namespace Apogee.Cli.Evaluation;

/// <summary>
/// <c>apogee eval --catalogue [--db D]</c>: how far a store's events agree with its reference catalogue. Per field
/// (day, site, missile, apogee within 10 %, range within 10 %), the linked events where both sides give a value and how
/// many agree; then how many in-scope events are linked, and how many catalogue launches of the events' period an
/// event matches (docs/CATALOGUE.md "Agreement").
/// </summary>
internal static class CatalogueEval
{
    // The options of a corpus evaluation, which a store evaluation refuses.
    private static readonly string[] CorpusOptions = ["corpus", "gold", "cns", "events", "reverse", "verbose"];

    public static Result<bool> Validate(ParsedArgs args)
    {
        var other = CorpusOptions.FirstOrDefault(args.Has);
        if (other is not null) return Result<bool>.Fail(StoreMessages.CatalogueEvalTakesDb(other));
        return args.Positionals.Count > 0 ? Result<bool>.Fail(StoreMessages.Unexpected(args.Positionals[0])) : Result<bool>.Ok(true);
    }

    public static int Run(ParsedArgs args, CliContext context)
    {
        var opened = StoreOpener.Open(args, context, mustExist: true);
        if (!opened.IsSuccess)
        {
            context.Error.WriteLine($"apogee eval: {opened.Error}");
            return ExitCodes.Failure;
        }

        using var store = opened.Value;
        var events = store.Events(EventQuery.All);
        var catalogue = store.Catalogue();
        var review = CatalogueReview.Build(events, catalogue, null, null);
        var inPeriod = review.Since is { } lo && review.Until is { } hi ? catalogue.Count(c => c.Launch.Day >= lo && c.Launch.Day <= hi) : 0;
        var a = CatalogueAgreement.Measure(events, review, inPeriod);
        var w = context.Out;
        w.WriteLine($"catalogue: {catalogue.Count} launch(es); events: {a.Events}, in the catalogue's scope {a.InScope}, linked {a.Linked} ({Share(a.Linked, a.InScope)})");
        w.WriteLine($"catalogue launches {Day(review.Since)}..{Day(review.Until)} (the events' period): {a.Launches}, matched by an event {a.LaunchesMatched} ({Share(a.LaunchesMatched, a.Launches)})");
        w.WriteLine("agreement over linked events (both sides known):");
        foreach (var (field, agree, compared) in a.Fields)
        {
            w.WriteLine($"  {field,-8} {agree}/{compared} ({Share(agree, compared)})");
        }

        var all = a.Fields.Sum(f => f.Agree);
        var compared2 = a.Fields.Sum(f => f.Compared);
        w.WriteLine($"  {"all",-8} {all}/{compared2} ({Share(all, compared2)})");
        return ExitCodes.Ok;
    }

    private static string Share(int n, int d) => d == 0 ? "-" : ((double)n / d).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
}
