namespace Apogee.Cli.Framework;

/// <summary>The command line's own messages (the verbs keep theirs), in one place.</summary>
public static class CliErrors
{
    public static string UnknownCommand(string name) => $"apogee: unknown command '{name}'. Run 'apogee --help' for the list.";

    public static string UnknownOption(string token)
    {
        var eq = token.IndexOf('=', StringComparison.Ordinal);
        return $"unknown option '{(eq > 0 ? token[..eq] : token)}'";
    }

    /// <summary>System.CommandLine's sentence, in the lower case and without the full stop of the verbs' own messages.</summary>
    public static string Parse(string message) =>
        message.Length == 0 ? message : char.ToLowerInvariant(message[0]) + message[1..].TrimEnd('.');

    public static string Root(string message) => $"apogee: {message}";

    public static string Verb(string verb, string message) => $"apogee {verb}: {message}";

    public static string Crashed(string verb, string message) => $"apogee {verb}: {message}";
}
