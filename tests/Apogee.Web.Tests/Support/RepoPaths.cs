namespace Apogee.Web.Tests.Support;

/// <summary>Finds the repository root (the folder holding Apogee.slnx) from the test binaries.</summary>
public static class RepoPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Apogee.slnx"))) return dir.FullName;
            }

            throw new InvalidOperationException("Apogee.slnx not found above " + AppContext.BaseDirectory);
        }
    }
}
