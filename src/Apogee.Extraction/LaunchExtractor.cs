using Apogee.Core.Model;
using Apogee.Core.Pipeline;
using Apogee.Extraction.Attribution;
using Apogee.Extraction.Dates;
using Apogee.Extraction.Missiles;
using Apogee.Extraction.Quantities;
using Apogee.Extraction.Relevance;
using Apogee.Extraction.Sentences;
using Apogee.Extraction.Sites;
using Apogee.Knowledge;

namespace Apogee.Extraction;

/// <summary>
/// Turns a clean article into the contract's launch report. Pure (no clock, no I/O), deterministic and thread-safe;
/// never throws: a failing stage is recorded (see <see cref="ExtractWithProblems"/>) and the rest of the report is still produced.
/// </summary>
public sealed class LaunchExtractor : ILaunchExtractor
{
    private readonly ExtractorParts _parts;

    public LaunchExtractor(ExtractorParts parts) => _parts = parts;

    public static LaunchExtractor CreateDefault() => new(new ExtractorParts(
        new SentenceSplitter(),
        new RelevanceJudge(),
        new SourceAttributor(Officeholders.Default),
        new DateResolver(),
        new QuantityFinder(),
        new ClassFinder(MissileCatalogue.Default),
        new SiteFinder(Gazetteer.Default),
        MissileCatalogue.Default,
        Officeholders.Default));

    public LaunchReport Extract(CleanDocument document) => ExtractWithProblems(document).Report;

    /// <summary>As <see cref="Extract(CleanDocument)"/>; throws <see cref="OperationCanceledException"/> once <paramref name="cancel"/> is cancelled.</summary>
    public LaunchReport Extract(CleanDocument document, CancellationToken cancel) => ExtractWithProblems(document, cancel).Report;

    /// <summary>The report and the problems of any stage that failed on this document.</summary>
    public (LaunchReport Report, IReadOnlyList<string> Problems) ExtractWithProblems(CleanDocument document, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            var builder = new ReportBuilder(_parts, document, cancel);
            var report = builder.Build();
            return (report, builder.Problems);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (new LaunchReport(document.Name, document.Metadata?.Published, false, []), [ExtractionErrors.StageFailed(document.Name, "report", ex)]);
        }
    }
}
