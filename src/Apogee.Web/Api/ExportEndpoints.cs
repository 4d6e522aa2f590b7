using System.Text;
using Apogee.Core.Storage;
using Apogee.Reporting;
using Apogee.Web.Hosting;

namespace Apogee.Web.Api;

/// <summary>
/// GET /api/export?format=csv|json|geojson: every event matching the filters of /api/events (no paging), written by
/// Apogee.Reporting, the same writers as `apogee export`, so both give identical files (ballistics columns included).
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/export", (HttpContext context, IEventStore store) =>
            {
                var request = context.Request;
                var format = request.Query["format"].ToString();
                if (format.Length == 0) format = "csv";
                if (format is not ("csv" or "json" or "geojson")) return Problems.BadRequest(WebErrors.BadFormat(format));
                var query = EventFilter.Parse(request.Query, paged: false);
                if (!query.IsSuccess) return Problems.BadRequest(query.Error!);
                if (ListValidator.NotModified(context, store) is { } same) return same;
                var events = store.Events(query.Value);
                return format switch
                {
                    "csv" => Results.File(Encoding.UTF8.GetBytes(EventCsv.Write(events)), "text/csv; charset=utf-8", "apogee-events.csv"),
                    "geojson" => Results.File(Encoding.UTF8.GetBytes(EventGeoJson.Write(events)), "application/geo+json", "apogee-events.geojson"),
                    _ => Results.Text(EventJson.Array(events), "application/json", Encoding.UTF8),
                };
            })
            .WithTags("Export")
            .WithName("Export")
            .WithSummary("The events /api/events would list for the same filters, all pages, as CSV, JSON or GeoJSON, with the ballistics estimate (trajectory, standard range).")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }
}
