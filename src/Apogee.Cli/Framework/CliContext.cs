namespace Apogee.Cli.Framework;

/// <summary>What a command may touch: its output streams, standard input, the working folder, and the clock (never the ambient one).</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, TextReader In, string WorkingDirectory, TimeProvider Clock)
{
    /// <summary>True when stdout is an interactive terminal (progress bars); false in tests and pipes.</summary>
    public bool IsTerminal { get; init; }

    /// <summary>Environment lookups go through here so tests can supply their own.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>A path as the user wrote it, resolved against the working folder (never the process's current folder).</summary>
    public string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(WorkingDirectory, path));
}
