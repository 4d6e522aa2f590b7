namespace Apogee.Knowledge.Tests;

/// <summary>Finds the repository root (the folder holding Apogee.slnx) and the shared material beside it.</summary>
internal static class RepoPaths
{
    public static string Root => Apogee.Testing.TestRepository.Root;

    /// <summary>../shared/data/cns relative to the repository root (absent on machines without the shared material).</summary>
    public static string CnsFolder => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", "cns"));

    public static bool HasShared => File.Exists(Path.Combine(CnsFolder, "facilities.csv"));
}
