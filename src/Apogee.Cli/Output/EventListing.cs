using Apogee.Cli.Framework;
using Apogee.Core;
using Apogee.Core.Storage;
using Apogee.Reporting;

namespace Apogee.Cli.Output;

/// <summary>
/// What `events` and `export` share: checking --format and the filters, reading the matching events, and the
/// machine formats (written by Apogee.Reporting, the same code behind the web's /api/export).
/// </summary>
internal static class EventListing
{
    public const string Json = "json";
    public const string Csv = "csv";
    public const string GeoJson = "geojson";

    /// <summary>The format is one of <paramref name="formats"/> ('|'-separated) and the filters parse.</summary>
    public static Result<bool> Validate(string? format, string formats, ParsedArgs args)
    {
        if (format is null || !formats.Split('|').Contains(format)) return Result<bool>.Fail(StoreMessages.BadFormat(format ?? "", formats));
        return EventFilters.Parse(args).Map(_ => true);
    }

    /// <summary>The events the filters select, oldest first, or why the store or filters failed.</summary>
    public static Result<EventSelection> Load(ParsedArgs args, CliContext context)
    {
        var query = EventFilters.Parse(args);
        if (!query.IsSuccess) return Result<EventSelection>.Fail(query.Error!);
        var opened = StoreOpener.Open(args, context, mustExist: true);
        if (!opened.IsSuccess) return Result<EventSelection>.Fail(opened.Error!);
        using var store = opened.Value;
        var events = store.Events(query.Value);
        // Only asked when no selected event is linked: a linked event already proves there is a catalogue.
        var hasCatalogue = events.Any(e => e.Catalogue is not null) || store.Catalogue().Count > 0;
        return Result<EventSelection>.Ok(new EventSelection(events, hasCatalogue));
    }

    /// <summary>json, csv or geojson text; json and geojson end with a newline, csv rows with CRLF.</summary>
    public static string Render(string format, IReadOnlyList<StoredEvent> events) => format switch
    {
        Json => EventJson.Array(events) + "\n",
        GeoJson => EventGeoJson.Write(events) + "\n",
        _ => EventCsv.Write(events),
    };
}
