namespace Apogee.Testing;

/// <summary>
/// Where the tests find the repository and the shared material beside it (../shared: real articles, gold, scorer, CNS data).
/// Linked into every test project by tests/Directory.Build.props, so the walk up from the test binaries lives in one place.
/// Real reports are read from there at test time and never copied into the repository.
/// </summary>
internal static class TestRepository
{
    /// <summary>The folder holding Apogee.slnx.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shared folder beside the repository (may be absent on a machine without the shared material).</summary>
    public static string Shared { get; } = Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>A path inside the shared folder; fails the test with a clear message when the shared folder is missing.</summary>
    public static string SharedPath(params string[] parts)
    {
        Assert.True(Directory.Exists(Shared), $"The shared folder is missing: expected {Shared} beside the repository (it holds the corpus, gold, scorer and CNS data).");
        return Path.Combine([Shared, .. parts]);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Apogee.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Apogee.slnx not found above " + AppContext.BaseDirectory);
    }
}
