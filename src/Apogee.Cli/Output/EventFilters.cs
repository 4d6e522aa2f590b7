using Apogee.Cli.Framework;
using Apogee.Core;
using Apogee.Core.Model;
using Apogee.Core.Storage;

namespace Apogee.Cli.Output;

/// <summary>The event filter options events and export share, and their translation to an <see cref="EventQuery"/>.</summary>
internal static class EventFilters
{
    public static readonly OptionSpec Since = new("since", "events on or after this day", ValueName: "YYYY-MM-DD");
    public static readonly OptionSpec Until = new("until", "events on or before this day", ValueName: "YYYY-MM-DD");
    public static readonly OptionSpec Site = new("site", "site name contains this text (any case)", ValueName: "TEXT");
    public static readonly OptionSpec Category = new("category", "ballistic, cruise, hypersonic, rocket_artillery, space_launch or unknown", ValueName: "C");
    public static readonly OptionSpec MinRange = new("min-range", "range of at least this many km", ValueName: "KM");

    public static readonly OptionSpec Limit = new("limit", "at most this many events", ValueName: "N");
    public static readonly OptionSpec Offset = new("offset", "skip this many events first (paging)", ValueName: "N");

    public static IReadOnlyList<OptionSpec> All { get; } = [Since, Until, Site, Category, MinRange, Limit, Offset];

    public static Result<EventQuery> Parse(ParsedArgs args)
    {
        var since = args.GetDate(Since.Name);
        if (!since.IsSuccess) return Result<EventQuery>.Fail(since.Error!);
        var until = args.GetDate(Until.Name);
        if (!until.IsSuccess) return Result<EventQuery>.Fail(until.Error!);
        var min = args.GetNumber(MinRange.Name);
        if (!min.IsSuccess) return Result<EventQuery>.Fail(min.Error!);
        var limit = args.GetNumber(Limit.Name);
        var offset = args.GetNumber(Offset.Name);
        if (!limit.IsSuccess || limit.Value is < 0 or > int.MaxValue || limit.Value % 1 is > 0) return Result<EventQuery>.Fail(StoreMessages.BadCount(Limit.Name, args.Get(Limit.Name)));
        if (!offset.IsSuccess || offset.Value is < 0 or > int.MaxValue || offset.Value % 1 is > 0) return Result<EventQuery>.Fail(StoreMessages.BadCount(Offset.Name, args.Get(Offset.Name)));
        var category = args.Get(Category.Name);
        if (category is not null && !Vocabulary.Categories.All.Contains(category)) return Result<EventQuery>.Fail(StoreMessages.BadCategory(category));
        return Result<EventQuery>.Ok(new EventQuery
        {
            Since = since.Value,
            Until = until.Value,
            Site = args.Get(Site.Name),
            Category = category,
            MinRange = min.Value,
            Limit = (int)(limit.Value ?? int.MaxValue),
            Offset = (int)(offset.Value ?? 0),
        });
    }
}
