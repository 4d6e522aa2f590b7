using Apogee.Cli.Commands;
using System.CommandLine;
using Apogee.Cli.Framework;

namespace Apogee.Cli;

/// <summary>Entry point of the <c>apogee</c> command line: System.CommandLine finds the verb (CommandTree), which validates, then executes.</summary>
public static class CliApp
{
    /// <summary>Every verb. Add a command here (one line) and in its own file under Commands/.</summary>
    public static IReadOnlyList<ICommand> Commands { get; } =
    [
        new ExtractCommand(),
        new EvalCommand(),
        new CleanCommand(),
        new BallisticsCommand(),
        new IngestCommand(),
        new EventsCommand(),
        new ShowCommand(),
        new ExportCommand(),
        new WatchCommand(),
        new ServeCommand(),
        new CatalogueCommand(),
    ];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, new CliContext(stdout, stderr, Console.In, Directory.GetCurrentDirectory(), TimeProvider.System)
        {
            IsTerminal = !Console.IsOutputRedirected && ReferenceEquals(stdout, Console.Out),
        });

    public static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var root = CommandTree.Build(Commands, context);
        if (args.Length == 0)
        {
            // No verb is a usage error, but the list of verbs is what a person wants to see.
            CommandTree.Usage(root, null, context.Out);
            return ExitCodes.Usage;
        }

        var result = root.Parse(args[0] == "help" ? ["--help", .. args[1..]] : args);
        if (CommandTree.Failed(result))
        {
            var verb = result.CommandResult.Command;
            if (ReferenceEquals(verb, root))
            {
                context.Error.WriteLine(result.Tokens is [var first, ..] && !first.Value.StartsWith('-')
                    ? CliErrors.UnknownCommand(first.Value)
                    : CliErrors.Root(CliErrors.Parse(result.Errors[0].Message)));
                return ExitCodes.Usage;
            }

            context.Error.WriteLine(CliErrors.Verb(verb.Name, CliErrors.Parse(result.Errors[0].Message)));
            CommandTree.Usage(root, verb.Name, context.Error);
            return ExitCodes.Usage;
        }

        return result.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
    }
}
