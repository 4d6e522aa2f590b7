using System.Text.Json;
using Apogee.Core.Storage;
using Apogee.Web.Hosting;
using Apogee.Web.Ingest;
using Apogee.Web.Model;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Apogee.Web.Api;

/// <summary>GET /api/documents/{id} (an article with its claim spans) and POST /api/documents (ingest one article; needs the API key).</summary>
public static class DocumentsEndpoints
{
    public static IEndpointRouteBuilder MapDocuments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/documents").WithTags("Documents");

        group.MapGet("/{id:long}", (long id, IEventStore store) =>
                store.Document(id) is { } doc ? Results.Ok(EventViews.Document(doc)) : Problems.NotFound(WebErrors.DocumentNotFound(id)))
            .WithName("GetDocument")
            .WithSummary("An article's clean text with each claim's span, its metadata, and the boilerplate cleaning removed.")
            .Produces<DocumentView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", PostAsync)
            .AddEndpointFilter<ApiKeyFilter>()
            .WithName("IngestDocument")
            .WithSummary("Ingest one article (text or HTML, with optional metadata); returns the events it touched. Needs X-Api-Key.")
            .Accepts<IngestRequest>("application/json")
            .Produces<IngestResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    private static async Task<IResult> PostAsync(
        HttpRequest request, WebOptions options, DocumentIngestor ingestor, IEventStore store, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var body = await ReadCappedAsync(request, options.MaxBodyBytes, ct);
        if (body is null) return Problems.TooLarge(WebErrors.BodyTooLarge(options.MaxBodyBytes));

        IngestRequest? article;
        try
        {
            article = JsonSerializer.Deserialize<IngestRequest>(body, json.Value.SerializerOptions);
        }
        catch (JsonException ex)
        {
            return Problems.BadRequest(WebErrors.BadJson(ex.Message));
        }

        if (article is null) return Problems.BadRequest(WebErrors.BadJson("the body is null"));
        var raw = DocumentIngestor.ToRaw(article);
        if (!raw.IsSuccess) return Problems.BadRequest(raw.Error!);
        var outcome = ingestor.Ingest(raw.Value);
        if (!outcome.IsSuccess) return Problems.Unprocessable(outcome.Error!);

        var o = outcome.Value;
        var touched = o.EventsCreated.Concat(o.EventsUpdated).Distinct()
            .Select(store.Event).OfType<StoredEvent>().Select(ListingSummary.Of).Select(EventViews.Summary).ToList();
        var docId = store.DocumentByName(o.Document)?.Id;
        var response = new IngestResponse(
            o.Document, o.Status.ToString().ToLowerInvariant(), docId, o.EventsCreated, o.EventsUpdated, touched, o.Changes ?? []);
        return Results.Ok(response);
    }

    /// <summary>Reads at most <paramref name="cap"/> bytes; null when the body is larger (checked before and while reading).</summary>
    private static async Task<byte[]?> ReadCappedAsync(HttpRequest request, long cap, CancellationToken ct)
    {
        if (request.ContentLength > cap) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int n;
        while ((n = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + n > cap) return null;
            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }
}
