namespace Apogee.Cli.Framework;

public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command ran, but some inputs failed (each was reported; the rest were processed).</summary>
    public const int SomeInputsFailed = 1;

    public const int Usage = 2;

    public const int Failure = 3;
}
