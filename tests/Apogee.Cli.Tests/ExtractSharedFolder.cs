namespace Apogee.Cli.Tests;

/// <summary>
/// The shared material (../shared beside the repository), found by walking up from the test assembly to the folder
/// holding Apogee.slnx. Tests that need it fail with a clear message when it is missing (CI has it).
/// </summary>
internal static class ExtractSharedFolder
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Get(params string[] parts)
    {
        var shared = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
        Assert.True(Directory.Exists(shared), $"The shared folder is missing: expected {shared} beside the repository (it holds the corpus, gold and score.py).");
        return Path.Combine([shared, .. parts]);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Apogee.slnx"))) return dir.FullName;
        }

        throw new InvalidOperationException("Apogee.slnx not found above " + AppContext.BaseDirectory);
    }
}
