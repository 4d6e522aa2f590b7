using System.CommandLine;
using System.CommandLine.Invocation;

namespace Apogee.Cli.Framework;

/// <summary>
/// The System.CommandLine tree of the <c>apogee</c> command, built from the verbs' <see cref="ICommand"/> declarations:
/// a verb added to CliApp.Commands gets its help, errors, completion and response files with no work of its own.
/// The root command brings <c>--help</c>, <c>--version</c> and the <c>[suggest]</c> completion directive.
/// </summary>
internal static class CommandTree
{
    public const string Description = "apogee: turns news reports of missile launches into a source-attributed record of launches.";

    public static RootCommand Build(IReadOnlyList<ICommand> commands, CliContext context)
    {
        // "apogee" in usage lines whichever host runs it (dotnet apogee.dll, the installed tool, a test process).
        var root = new RootCommand(Description) { HelpName = "apogee" };
        foreach (var verb in commands)
        {
            var command = new Command(verb.Name, verb.Summary);
            var symbols = new VerbSymbols(command, verb.Options, verb.Arguments);
            command.SetAction(result => Run(verb, symbols, result, context));
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>Validate, then execute; a bad argument is exit 2 with the verb's usage on stderr.</summary>
    private static int Run(ICommand verb, VerbSymbols symbols, ParseResult result, CliContext context)
    {
        var parsed = symbols.Read(result);
        var valid = parsed.IsSuccess ? verb.Validate(parsed.Value) : parsed.Map(_ => false);
        if (!valid.IsSuccess)
        {
            context.Error.WriteLine(CliErrors.Verb(verb.Name, valid.Error!));
            Usage(result.RootCommandResult.Command, verb.Name, context.Error);
            return ExitCodes.Usage;
        }

        try
        {
            return verb.Execute(parsed.Value, context);
        }
        catch (Exception ex)
        {
            // Last line of defence: a person gets one line, not a stack trace.
            context.Error.WriteLine(CliErrors.Crashed(verb.Name, ex.Message));
            return ExitCodes.Failure;
        }
    }

    /// <summary>The library's help of one verb (or of the root when <paramref name="verb"/> is null), written to <paramref name="to"/>.</summary>
    public static void Usage(Command root, string? verb, TextWriter to)
    {
        string[] args = verb is null ? ["--help"] : [verb, "--help"];
        root.Parse(args).Invoke(new InvocationConfiguration { Output = to, Error = to });
    }

    /// <summary>True when the parse ended in errors that System.CommandLine would answer with its own error action.</summary>
    public static bool Failed(ParseResult result) => result.Errors.Count > 0 && result.Action is ParseErrorAction;
}
