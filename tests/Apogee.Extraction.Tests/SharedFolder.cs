namespace Apogee.Extraction.Tests;

/// <summary>
/// The shared material (../shared beside the repository): found by walking up from the test assembly to the folder
/// holding Apogee.slnx. Tests that need it fail with a clear message when it is missing (CI has it).
/// </summary>
internal static class SharedFolder
{
    public static string Root => Apogee.Testing.TestRepository.Root;

    public static string Path(params string[] parts) => Apogee.Testing.TestRepository.SharedPath(parts);

    /// <summary>Every line of every article (not the sidecars) in the named corpora: real text for equivalence checks.</summary>
    public static IReadOnlyList<string> CorpusLines(params string[] corpora)
    {
        var files = corpora.SelectMany(d => Directory.EnumerateFiles(Path("corpus", d)))
            .Where(f => !f.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Xunit.Assert.NotEmpty(files);
        return files.SelectMany(File.ReadAllLines).ToList();
    }
}
