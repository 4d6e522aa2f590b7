namespace Apogee.Ingest.Tests;

/// <summary>Where the repository and the read-only shared material are, found from the test assembly's folder.</summary>
public static class RepoPaths
{
    /// <summary>The folder holding Apogee.slnx (walking up from the test binaries).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>../shared beside the repository (real articles are read from there at test time, never copied).</summary>
    public static string Shared => Path.Combine(Path.GetDirectoryName(Root)!, "shared");

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Apogee.slnx"))) return dir.FullName;
        }

        throw new InvalidOperationException($"no Apogee.slnx above {AppContext.BaseDirectory}");
    }
}
