namespace Apogee.Cli.Tests;

/// <summary>Finds ../shared (sibling of the folder holding Apogee.slnx) from the test assembly's folder.</summary>
internal static class BallisticsSharedData
{
    public static string PathOf(string relative)
    {
        var shared = Apogee.Testing.TestRepository.SharedPath(relative);
        Assert.True(File.Exists(shared), $"shared data file missing: {shared}");
        return shared;
    }
}
