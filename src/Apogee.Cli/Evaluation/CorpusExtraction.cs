using Apogee.Core.Model;
using Apogee.Core.Pipeline;
using Apogee.Extraction;
using Apogee.Ingest;
using Apogee.Ingest.Cleaning;

namespace Apogee.Cli.Evaluation;

/// <summary>Read, clean and extract a list of inputs in order; each failure is one message naming the input.</summary>
public static class CorpusExtraction
{
    public static (IReadOnlyList<LaunchReport> Reports, IReadOnlyList<string> Problems) Run(IReadOnlyList<string> paths, ReadOptions options)
    {
        var reader = new DocumentReader();
        var cleaner = new ArticleCleaner();
        var extractor = LaunchExtractor.CreateDefault();
        var reports = new List<LaunchReport>();
        var problems = new List<string>();
        foreach (var raw in reader.Read(paths, options))
        {
            if (!raw.IsSuccess)
            {
                problems.Add(raw.Error!);
                continue;
            }

            var clean = cleaner.Clean(raw.Value);
            if (!clean.IsSuccess)
            {
                problems.Add(clean.Error!);
                continue;
            }

            var (report, stageProblems) = extractor.ExtractWithProblems(clean.Value);
            reports.Add(report);
            problems.AddRange(stageProblems);
        }

        return (reports, problems);
    }
}
