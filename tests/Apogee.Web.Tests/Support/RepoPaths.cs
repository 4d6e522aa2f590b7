namespace Apogee.Web.Tests.Support;

/// <summary>Finds the repository root (the folder holding Apogee.slnx) from the test binaries.</summary>
public static class RepoPaths
{
    public static string Root => Apogee.Testing.TestRepository.Root;
}
