namespace Apogee.Ballistics.Tests;

/// <summary>Finds ../shared (sibling of the folder holding Apogee.slnx) from the test assembly's folder.</summary>
internal static class SharedData
{
    public static string PathOf(string relative)
    {
        var shared = Apogee.Testing.TestRepository.SharedPath(relative);
        Assert.True(File.Exists(shared), $"shared data file missing: {shared}");
        return shared;
    }

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));
}
