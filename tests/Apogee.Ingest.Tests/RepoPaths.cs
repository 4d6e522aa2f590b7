namespace Apogee.Ingest.Tests;

/// <summary>Where the repository and the read-only shared material are, found from the test assembly's folder.</summary>
public static class RepoPaths
{
    /// <summary>The folder holding Apogee.slnx (walking up from the test binaries).</summary>
    public static string Root => Apogee.Testing.TestRepository.Root;

    /// <summary>../shared beside the repository (real articles are read from there at test time, never copied).</summary>
    public static string Shared => Apogee.Testing.TestRepository.Shared;

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
