using System.Globalization;
using Apogee.Core;
using Apogee.Core.Model;
using Apogee.Core.Pipeline;
using Apogee.Core.Storage;
using Apogee.Ingest.Pipeline;
using Apogee.Web.Hosting;
using Apogee.Web.Model;

namespace Apogee.Web.Ingest;

/// <summary>
/// POST /api/documents behind the HTTP layer: clean, extract, store one article. Composed from the pipeline
/// interfaces so the real cleaner and extractor drop in; a failing stage becomes a message, never a 500.
/// </summary>
public sealed class DocumentIngestor(ICleaner cleaner, ILaunchExtractor extractor, IEventStore store, DocumentBudget? budget = null)
{
    private readonly DocumentPipeline _pipeline = new(cleaner, extractor, budget);

    public const int MaxNameLength = 100;

    /// <summary>Checks the request and builds the raw document; a failure is the client's to fix (400).</summary>
    public static Result<RawDocument> ToRaw(IngestRequest request)
    {
        var hasText = !string.IsNullOrWhiteSpace(request.Text);
        var hasHtml = !string.IsNullOrWhiteSpace(request.Html);
        if (hasText && hasHtml) return Result<RawDocument>.Fail(WebErrors.BothContents);
        if (!hasText && !hasHtml) return Result<RawDocument>.Fail(WebErrors.NoContent);

        DateOnly? published = null;
        if (!string.IsNullOrWhiteSpace(request.Published))
        {
            if (!DateOnly.TryParseExact(request.Published.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return Result<RawDocument>.Fail(WebErrors.BadPublished(request.Published));
            published = d;
        }

        var content = hasText ? request.Text! : request.Html!;
        var name = string.IsNullOrWhiteSpace(request.Name) ? "api-" + Hashing.Sha256Hex(content)[..12] : request.Name.Trim();
        if (name.Length > MaxNameLength || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            return Result<RawDocument>.Fail(WebErrors.BadName(name));

        return Result<RawDocument>.Ok(new RawDocument(
            name, "api", content, hasText ? ContentKind.Text : ContentKind.Html,
            new DocumentMetadata(published, Blank(request.Url), Blank(request.Outlet), Blank(request.Title))));
    }

    /// <summary>Cleans, extracts and stores a checked document; a failure is a stage's (422), with its message.</summary>
    public Result<IngestOutcome> Ingest(RawDocument raw)
    {
        var name = raw.Name;
        // The same pipeline and per-document budget as `apogee ingest` and watch: a hostile body cannot hold a request.
        var p = _pipeline.Process(raw);
        if (p.OverBudget) return Result<IngestOutcome>.Fail(p.Error!);
        if (p.FailedStage == ProcessedDocument.CleanStage) return Result<IngestOutcome>.Fail(WebErrors.CleanFailed(name, p.Error ?? ""));
        if (!p.IsSuccess) return Result<IngestOutcome>.Fail(WebErrors.StoreFailed(name, p.Error ?? ""));

        try
        {
            var outcome = store.Ingest(p.Clean!, p.Report!);
            return outcome.Status == IngestStatus.Failed
                ? Result<IngestOutcome>.Fail(WebErrors.StoreFailed(name, outcome.Error ?? "unknown error"))
                : Result<IngestOutcome>.Ok(outcome);
        }
        catch (Exception ex)
        {
            return Result<IngestOutcome>.Fail(WebErrors.StoreFailed(name, ex.Message));
        }
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
