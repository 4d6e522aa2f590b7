namespace Apogee.Cli;

/// <summary>Entry point of the <c>apogee</c> command line. (Skeleton: verbs are added by the core-pipeline work.)</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        stderr.WriteLine("apogee: no verbs yet");
        return 2;
    }
}
