using System.Globalization;
using Apogee.Cli.Framework;
using Apogee.Cli.Output;
using Apogee.Core;
using Apogee.Core.Storage;

namespace Apogee.Cli.Commands;

/// <summary><c>apogee show EVENT [--quotes]</c>: an event's consolidated facts, why each value was chosen, the claims by source, the documents.</summary>
public sealed class ShowCommand : ICommand
{
    public string Name => "show";

    public string Summary => "show one event: facts and why, claims by source with quotes, documents";

    public string Arguments => "EVENT";

    private static readonly OptionSpec Quotes = new("quotes", "list every quote behind a claim several documents repeat (default: the first, and how many more)", IsFlag: true);

    public IReadOnlyCollection<OptionSpec> Options { get; } = [CommonOptions.Db, Quotes];

    public Result<bool> Validate(ParsedArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Positionals.Count != 1) return Result<bool>.Fail(StoreMessages.NeedOneEvent);
        return long.TryParse(args.Positionals[0], NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? Result<bool>.Ok(true)
            : Result<bool>.Fail(StoreMessages.BadEventId(args.Positionals[0]));
    }

    public int Execute(ParsedArgs args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var opened = StoreOpener.Open(args, context, mustExist: true);
        if (!opened.IsSuccess)
        {
            context.Error.WriteLine($"apogee show: {opened.Error}");
            return ExitCodes.Failure;
        }

        using var store = opened.Value;
        var ev = store.Event(long.Parse(args.Positionals[0], CultureInfo.InvariantCulture));
        if (ev is null)
        {
            context.Error.WriteLine($"apogee show: {StoreMessages.NoEvent(args.Positionals[0])}");
            return ExitCodes.Failure;
        }

        var docs = ev.Claims.Select(c => c.DocumentId).Distinct().Select(store.Document).OfType<StoredDocument>().ToList();
        foreach (var name in ev.Documents.Where(n => docs.All(d => d.Name != n)))
        {
            // Documents linked without claims still belong in the list.
            if (store.DocumentByName(name) is { } d) docs.Add(d);
        }

        ShowWriter.Write(context.Out, ev, docs.OrderBy(d => d.Id).ToList(), args.Flag(Quotes.Name), store.Catalogue().Count > 0);
        return ExitCodes.Ok;
    }
}
