using Apogee.Cli.Commands;
using Apogee.Cli.Framework;

namespace Apogee.Cli;

/// <summary>Entry point of the <c>apogee</c> command line: finds the verb, validates, then executes.</summary>
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
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintHelp(context.Out);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }

        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            context.Error.WriteLine($"apogee: unknown command '{args[0]}'. Run 'apogee --help' for the list.");
            return ExitCodes.Usage;
        }

        var rest = args.Skip(1).ToArray();
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            PrintUsage(command, context.Out);
            return ExitCodes.Ok;
        }

        var parsed = ParsedArgs.Parse(rest, command.Options);
        var valid = parsed.IsSuccess ? command.Validate(parsed.Value) : parsed.Map(_ => false);
        if (!valid.IsSuccess)
        {
            context.Error.WriteLine($"apogee {command.Name}: {valid.Error}");
            PrintUsage(command, context.Error);
            return ExitCodes.Usage;
        }

        try
        {
            return command.Execute(parsed.Value, context);
        }
        catch (Exception ex)
        {
            // Last line of defence: a person gets one line, not a stack trace.
            context.Error.WriteLine($"apogee {command.Name}: {ex.Message}");
            return ExitCodes.Failure;
        }
    }

    private static void PrintHelp(TextWriter w)
    {
        w.WriteLine("apogee: turns news reports of missile launches into a source-attributed record of launches.");
        w.WriteLine();
        w.WriteLine("Commands:");
        foreach (var c in Commands)
        {
            w.WriteLine($"  {c.Name,-12} {c.Summary}");
        }

        w.WriteLine();
        w.WriteLine("Run 'apogee COMMAND --help' for a command's options.");
    }

    private static void PrintUsage(ICommand c, TextWriter w)
    {
        w.WriteLine($"usage: apogee {c.Name} {c.Arguments} [options]".Replace("  ", " ", StringComparison.Ordinal));
        w.WriteLine($"  {c.Summary}");
        foreach (var o in c.Options)
        {
            w.WriteLine($"  {o.Usage,-28} {o.Help}");
        }
    }
}
