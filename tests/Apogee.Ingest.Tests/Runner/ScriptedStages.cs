using Apogee.Core;
using Apogee.Core.Model;
using Apogee.Core.Pipeline;

namespace Apogee.Ingest.Tests.Runner;

/// <summary>
/// Cleaner and extractor whose behaviour the document's text dictates, so a test table can say which document fails
/// where: text containing "clean-fails" fails cleaning, "extract-throws" makes extraction throw, "irrelevant" gives an
/// irrelevant report, "slow:N" sleeps N ms on the worker (to finish out of order). Written for these tests.
/// </summary>
internal sealed class ScriptedStages : ICleaner, ILaunchExtractor
{
    public Result<CleanDocument> Clean(RawDocument raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (raw.Content.Contains("clean-fails", StringComparison.Ordinal)) return Result<CleanDocument>.Fail($"{raw.Name}: no article text found");
        return Result<CleanDocument>.Ok(new CleanDocument(raw.Name, raw.Origin, raw.Content, raw.Metadata, [], []));
    }

    public LaunchReport Extract(CleanDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var slow = document.Text.IndexOf("slow:", StringComparison.Ordinal);
        if (slow >= 0) Thread.Sleep(int.Parse(document.Text.AsSpan(slow + 5).TrimEnd(), System.Globalization.CultureInfo.InvariantCulture));
        if (document.Text.Contains("extract-throws", StringComparison.Ordinal)) throw new InvalidOperationException("scripted failure");
        return new LaunchReport(document.Name, null, !document.Text.Contains("irrelevant", StringComparison.Ordinal), []);
    }

    public static Result<RawDocument> Doc(string name, string text) =>
        Result<RawDocument>.Ok(new RawDocument(name, $"/in/{name}.txt", text, ContentKind.Text, DocumentMetadata.Empty));
}
