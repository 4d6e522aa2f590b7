using System.Text;
using Apogee.Core.Storage;
using Apogee.Web.Export;
using Apogee.Web.Hosting;

namespace Apogee.Web.Api;

/// <summary>GET /api/export?format=csv|json|geojson: every event matching the filters of /api/events (no paging).</summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/export", (HttpRequest request, IEventStore store) =>
            {
                var format = request.Query["format"].ToString();
                if (format.Length == 0) format = "csv";
                if (format is not ("csv" or "json" or "geojson")) return Problems.BadRequest(WebErrors.BadFormat(format));
                var query = EventFilter.Parse(request.Query, paged: false);
                if (!query.IsSuccess) return Problems.BadRequest(query.Error!);
                var rows = store.Events(query.Value).Select(EventViews.Summary).ToList();
                return format switch
                {
                    "csv" => Results.File(Encoding.UTF8.GetBytes(CsvExport.Write(rows)), "text/csv; charset=utf-8", "apogee-events.csv"),
                    "geojson" => Results.File(
                        Encoding.UTF8.GetBytes(GeoJsonExport.Build(rows).ToJsonString()), "application/geo+json", "apogee-events.geojson"),
                    _ => Results.Json(rows, contentType: "application/json"),
                };
            })
            .WithTags("Export")
            .WithName("Export")
            .WithSummary("The events /api/events would list for the same filters, all pages, as CSV, JSON or GeoJSON.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }
}
