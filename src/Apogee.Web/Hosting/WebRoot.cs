namespace Apogee.Web.Hosting;

/// <summary>Finds the dashboard's files: wwwroot next to the assembly (a built app), else the source tree (dotnet run, tests).</summary>
public static class WebRoot
{
    public static string Locate(string? configured)
    {
        if (!string.IsNullOrEmpty(configured)) return Path.GetFullPath(configured);
        var beside = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (File.Exists(Path.Combine(beside, "index.html"))) return beside;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Apogee.Web", "wwwroot");
            if (File.Exists(Path.Combine(candidate, "index.html"))) return candidate;
        }

        return beside;
    }
}
