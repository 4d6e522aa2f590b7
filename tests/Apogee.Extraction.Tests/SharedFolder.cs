namespace Apogee.Extraction.Tests;

/// <summary>
/// The shared material (../shared beside the repository): found by walking up from the test assembly to the folder
/// holding Apogee.slnx. Tests that need it fail with a clear message when it is missing (CI has it).
/// </summary>
internal static class SharedFolder
{
    public static string Root { get; } = FindRepoRoot();

    public static string Path(params string[] parts)
    {
        var shared = System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, "..", "shared"));
        Assert.True(Directory.Exists(shared), $"The shared folder is missing: expected {shared} beside the repository (it holds the corpus and gold).");
        return System.IO.Path.Combine([shared, .. parts]);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Apogee.slnx"))) return dir.FullName;
        }

        throw new InvalidOperationException("Apogee.slnx not found above " + AppContext.BaseDirectory);
    }
}
