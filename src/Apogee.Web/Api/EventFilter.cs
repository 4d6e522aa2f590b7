using System.Globalization;
using Apogee.Core;
using Apogee.Core.Model;
using Apogee.Core.Storage;
using Apogee.Web.Hosting;

namespace Apogee.Web.Api;

/// <summary>
/// Reads the filters every list-like endpoint shares (events, export, stats) from the query string.
/// Never throws: a bad value is a failed <see cref="Result{T}"/> naming the parameter and the value.
/// </summary>
public static class EventFilter
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 1000;

    /// <summary>Parameter names as documented in OpenAPI and used by the dashboard.</summary>
    public static readonly IReadOnlyList<string> Names =
        ["since", "until", "actor", "site", "category", "range_class", "min_range", "max_range", "q", "after", "offset", "limit"];

    public static Result<EventQuery> Parse(IQueryCollection query, bool paged)
    {
        string? Get(string name) => query.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString().Trim() : null;

        var q = new EventQuery { Actor = Get("actor"), Site = Get("site"), Text = Get("q") };

        var since = ParseDate("since", Get("since"));
        if (!since.IsSuccess) return Fail(since.Error);
        var until = ParseDate("until", Get("until"));
        if (!until.IsSuccess) return Fail(until.Error);
        if (since.Value is { } s && until.Value is { } u && s > u) return Fail(WebErrors.DatesInverted(s, u));

        var category = Choice("category", Get("category"), Vocabulary.Categories.All);
        if (!category.IsSuccess) return Fail(category.Error);
        var rangeClass = Choice("range_class", Get("range_class"), Vocabulary.RangeClasses.All);
        if (!rangeClass.IsSuccess) return Fail(rangeClass.Error);

        var min = ParseNumber("min_range", Get("min_range"));
        if (!min.IsSuccess) return Fail(min.Error);
        var max = ParseNumber("max_range", Get("max_range"));
        if (!max.IsSuccess) return Fail(max.Error);
        if (min.Value is { } lo && max.Value is { } hi && lo > hi) return Fail(WebErrors.RangeInverted(lo, hi));

        q = q with
        {
            Since = since.Value,
            Until = until.Value,
            Category = category.Value,
            RangeClass = rangeClass.Value,
            MinRange = min.Value,
            MaxRange = max.Value,
        };
        if (!paged) return Result<EventQuery>.Ok(q);

        var offset = ParseInt("offset", Get("offset"), 0, int.MaxValue, 0);
        if (!offset.IsSuccess) return Fail(offset.Error);
        var limit = ParseInt("limit", Get("limit"), 1, MaxLimit, DefaultLimit);
        if (!limit.IsSuccess) return Fail(limit.Error);
        EventCursor? after = null;
        if (Get("after") is { } cursor && (after = EventCursor.Parse(cursor)) is null) return Fail(WebErrors.BadCursor(cursor));
        return Result<EventQuery>.Ok(q with { Offset = offset.Value, Limit = limit.Value, After = after });
    }

    private static Result<EventQuery> Fail(string? error) => Result<EventQuery>.Fail(error!);

    private static Result<DateOnly?> ParseDate(string name, string? v) =>
        v is null ? Result<DateOnly?>.Ok(null)
        : DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? Result<DateOnly?>.Ok(d)
        : Result<DateOnly?>.Fail(WebErrors.BadDate(name, v));

    private static Result<double?> ParseNumber(string name, string? v) =>
        v is null ? Result<double?>.Ok(null)
        : double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? Result<double?>.Ok(d)
        : Result<double?>.Fail(WebErrors.BadNumber(name, v));

    private static Result<int> ParseInt(string name, string? v, int min, int max, int fallback) =>
        v is null ? Result<int>.Ok(fallback)
        : int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? Result<int>.Ok(n)
        : Result<int>.Fail(WebErrors.BadInteger(name, v, min, max));

    private static Result<string?> Choice(string name, string? v, IReadOnlyList<string> allowed)
    {
        if (v is null) return Result<string?>.Ok(null);
        var match = allowed.FirstOrDefault(a => string.Equals(a, v, StringComparison.OrdinalIgnoreCase));
        return match is null ? Result<string?>.Fail(WebErrors.BadChoice(name, v, allowed)) : Result<string?>.Ok(match);
    }
}
