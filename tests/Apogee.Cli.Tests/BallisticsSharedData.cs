namespace Apogee.Cli.Tests;

/// <summary>Finds ../shared (sibling of the folder holding Apogee.slnx) from the test assembly's folder.</summary>
internal static class BallisticsSharedData
{
    public static string PathOf(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Apogee.slnx")))
            {
                var shared = Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared", relative);
                Assert.True(File.Exists(shared), $"shared data file missing: {shared}");
                return shared;
            }
        }

        throw new InvalidOperationException("Apogee.slnx not found above " + AppContext.BaseDirectory);
    }
}
