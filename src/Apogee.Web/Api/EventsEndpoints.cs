using Apogee.Core.Storage;
using Apogee.Web.Hosting;
using Apogee.Web.Model;

namespace Apogee.Web.Api;

/// <summary>GET /api/events (filtered, paged), GET /api/events/{id} (the event page), GET /api/overview (timeline and map).</summary>
public static class EventsEndpoints
{
    public static IEndpointRouteBuilder MapEvents(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Events");

        group.MapGet("/events", (HttpRequest request, IEventStore store) =>
            {
                var query = EventFilter.Parse(request.Query, paged: true);
                if (!query.IsSuccess) return Problems.BadRequest(query.Error!);
                var total = store.CountEvents(query.Value with { Offset = 0, Limit = int.MaxValue });
                var items = store.Events(query.Value).Select(EventViews.Summary).ToList();
                return Results.Ok(new EventPage(total, query.Value.Offset, query.Value.Limit, items));
            })
            .WithName("ListEvents")
            .WithSummary("Launches matching the filters, in stable order (earliest date, then id).")
            .WithDescription("Filters: since, until (YYYY-MM-DD), actor, site, category, range_class, min_range, max_range (km), q (text in quotes); paging: offset, limit (1-1000, default 50).")
            .Produces<EventPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/events/{id:long}", (long id, IEventStore store, IEventAnalysis analysis) =>
            {
                var stored = store.Event(id);
                if (stored is null) return Problems.NotFound(WebErrors.EventNotFound(id));
                object? ballistics;
                try
                {
                    ballistics = analysis.Analyse(stored);
                }
                catch (Exception)
                {
                    // A failing analysis must not take the event page down with it: the panel shows none.
                    ballistics = null;
                }

                return Results.Ok(EventViews.Detail(stored, store, ballistics));
            })
            .WithName("GetEvent")
            .WithSummary("One launch: consolidated fields, the explanation of each choice, claims grouped by source, conflicts, documents.")
            .Produces<EventDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/overview", (HttpRequest request, IEventStore store) =>
            {
                var query = EventFilter.Parse(request.Query, paged: false);
                if (!query.IsSuccess) return Problems.BadRequest(query.Error!);
                return Results.Ok(EventViews.Overview(store.Events(query.Value)));
            })
            .WithName("Overview")
            .WithSummary("Launches per month by category and per site, for the same filters as /api/events (paging ignored).")
            .Produces<Overview>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        return app;
    }
}
