using Apogee.Core;
using Apogee.Core.Model;
using Apogee.Core.Pipeline;

namespace Apogee.Ingest.Cleaning;

/// <summary>
/// Clean: HTML is reduced to its article body (<see cref="HtmlBodyExtractor"/>), text is cut into paragraphs,
/// then <see cref="BoilerplateFilter"/> removes boilerplate with a reason for each span. The clean text is the kept
/// paragraphs verbatim, joined by a blank line; captions are kept apart as dating evidence.
/// </summary>
public sealed class ArticleCleaner : ICleaner
{
    public const string ParagraphSeparator = "\n\n";

    public Result<CleanDocument> Clean(RawDocument raw) => Clean(raw, CancellationToken.None);

    /// <summary>As <see cref="Clean(RawDocument)"/>; the document's time budget is checked between the steps.</summary>
    public Result<CleanDocument> Clean(RawDocument raw, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(raw);
        try
        {
            IReadOnlyList<Block> blocks;
            IReadOnlyList<RemovedSpan> chrome = [];
            if (raw.Kind == ContentKind.Html)
            {
                (blocks, chrome) = HtmlBodyExtractor.Extract(raw.Content);
            }
            else
            {
                blocks = TextParagraphs.Split(raw.Content);
            }

            cancel.ThrowIfCancellationRequested();
            var filtered = BoilerplateFilter.Filter(blocks);
            cancel.ThrowIfCancellationRequested();
            if (filtered.Kept.Count == 0) return Result<CleanDocument>.Fail(IngestErrors.NoArticleText(raw.Name));
            return Result<CleanDocument>.Ok(new CleanDocument(
                raw.Name,
                raw.Origin,
                string.Join(ParagraphSeparator, filtered.Kept),
                raw.Metadata,
                [.. chrome, .. filtered.Removed],
                filtered.Captions));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A parser bug on one odd page must not stop a batch: the document fails, the others go on.
            return Result<CleanDocument>.Fail(IngestErrors.CleanFailed(raw.Name, ex.Message));
        }
    }
}
