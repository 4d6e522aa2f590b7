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

        group.MapGet("/events", (HttpContext context, IEventStore store) =>
            {
                var query = EventFilter.Parse(context.Request.Query, paged: true);
                if (!query.IsSuccess) return Problems.BadRequest(query.Error!);
                var q = query.Value;
                IResult? same = null;

                // One row more than asked tells whether a next page exists without a second query; revision, count
                // and page come over one connection, the page only when the client's copy is not current.
                var page = store.ListPage(q with { Limit = q.Limit + 1 }, revision => (same = ListValidator.NotModified(context, revision)) is null);
                if (page is null) return same ?? Results.StatusCode(StatusCodes.Status304NotModified);
                var rows = page.Rows;
                var items = rows.Take(q.Limit).Select(EventViews.Summary).ToList();
                var next = rows.Count > q.Limit ? rows[q.Limit - 1].Cursor.ToString() : null;
                return Results.Ok(new EventPage(page.Total, q.Offset, q.Limit, items, next));
            })
            .WithName("ListEvents")
            .WithSummary("Launches matching the filters, in stable order (earliest date, then id).")
            .WithDescription("Filters: since, until (YYYY-MM-DD), actor, site, category, range_class, min_range, max_range (km), q (text in quotes); paging: after (the previous page's next: an index seek at any depth), offset, limit (1-1000, default 50). Sends an ETag; If-None-Match with it gives 304 while the store is unchanged.")
            .Produces<EventPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/events/{id:long}", (long id, HttpContext context, IEventStore store, IEventAnalysis analysis) =>
            {
                if (ListValidator.NotModified(context, store) is { } same) return same;
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

        group.MapGet("/overview", (HttpContext context, IEventStore store) =>
            {
                var query = EventFilter.Parse(context.Request.Query, paged: false);
                if (!query.IsSuccess) return Problems.BadRequest(query.Error!);
                if (ListValidator.NotModified(context, store) is { } same) return same;
                return Results.Ok(EventViews.Overview(store.List(query.Value)));
            })
            .WithName("Overview")
            .WithSummary("Launches per month by category and per site, for the same filters as /api/events (paging ignored).")
            .Produces<Overview>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        return app;
    }
}
