using System.Diagnostics;
using Apogee.Core.Pipeline;
using Apogee.Extraction;
using Apogee.Ingest;
using Apogee.Ingest.Cleaning;
using Apogee.Ingest.Pipeline;

namespace Apogee.Bench;

/// <summary>What a fuzz campaign found: crashes (an exception out of reading or the pipeline), hangs (documents
/// stopped by the time budget) and the slowest document.</summary>
public sealed record FuzzTally(int Cases, int Documents, int Failed, int Crashes, int Hangs, TimeSpan Slowest, string SlowestName, IReadOnlyList<string> Problems);

/// <summary>
/// Writes each <see cref="FuzzDocuments"/> case to a file and runs it as <c>apogee ingest</c> would, minus the store:
/// <see cref="DocumentReader"/>, then <see cref="DocumentPipeline"/> with the default budget.
/// </summary>
public static class FuzzCampaign
{
    public static FuzzTally Run(int count, int seed, int maxSize, string folder)
    {
        Directory.CreateDirectory(folder);
        var pipeline = new DocumentPipeline(new ArticleCleaner(), LaunchExtractor.CreateDefault(), DocumentBudget.Default);
        var reader = new DocumentReader();
        int documents = 0, failed = 0, crashes = 0, hangs = 0;
        var slowest = TimeSpan.Zero;
        var slowestName = "";
        var problems = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var c = FuzzDocuments.Make(seed + i, maxSize);
            var path = Path.Combine(folder, c.Name + c.Extension);
            File.WriteAllBytes(path, c.Bytes);
            var clock = Stopwatch.StartNew();
            try
            {
                foreach (var raw in reader.Read([path], new ReadOptions(new DateOnly(2025, 10, 21))))
                {
                    documents++;
                    if (!raw.IsSuccess)
                    {
                        failed++;
                        continue;
                    }

                    var p = pipeline.Process(raw.Value);
                    if (p.FailedStage == ProcessedDocument.TimeStage) { hangs++; problems.Add(p.Error!); }
                    else if (p.Threw) { crashes++; problems.Add($"{c.Name}: {p.FailedStage} threw: {p.Error}"); }
                    else if (!p.IsSuccess) failed++;
                }
            }
            catch (Exception ex)
            {
                crashes++;
                problems.Add($"{c.Name}: {ex.GetType().Name}: {ex.Message}");
            }

            if (clock.Elapsed > slowest) (slowest, slowestName) = (clock.Elapsed, c.Name + c.Extension);
            File.Delete(path);
        }

        return new FuzzTally(count, documents, failed, crashes, hangs, slowest, slowestName, problems);
    }
}
