namespace Apogee.Cli.Tests;

/// <summary>
/// The shared material (../shared beside the repository), found by walking up from the test assembly to the folder
/// holding Apogee.slnx. Tests that need it fail with a clear message when it is missing (CI has it).
/// </summary>
internal static class ExtractSharedFolder
{
    public static string RepoRoot => Apogee.Testing.TestRepository.Root;

    public static string Get(params string[] parts) => Apogee.Testing.TestRepository.SharedPath(parts);
}
