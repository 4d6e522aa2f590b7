using Apogee.Cli.Framework;

namespace Apogee.Cli.Tests;

/// <summary>Runs the real CLI in-process with captured streams.</summary>
internal static class ExtractRun
{
    public static (int Code, string Out, string Err) Cli(string workingDirectory, params string[] args)
    {
        using var o = new StringWriter();
        using var e = new StringWriter();
        var code = CliApp.Run(args, new CliContext(o, e, TextReader.Null, workingDirectory, TimeProvider.System));
        return (code, o.ToString(), e.ToString());
    }
}
