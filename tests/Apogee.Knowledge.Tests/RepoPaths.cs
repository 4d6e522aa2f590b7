namespace Apogee.Knowledge.Tests;

/// <summary>Finds the repository root (the folder holding Apogee.slnx) and the shared material beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared/data/cns relative to the repository root (absent on machines without the shared material).</summary>
    public static string CnsFolder => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", "cns"));

    public static bool HasShared => File.Exists(Path.Combine(CnsFolder, "facilities.csv"));

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
