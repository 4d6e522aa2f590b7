using Apogee.Core;

namespace Apogee.Cli.Framework;

/// <summary>
/// One verb. Like Spectre.Console.Cli: <see cref="Validate"/> checks the arguments and says what is wrong
/// (exit 2, usage printed), then <see cref="Execute"/> does the work and returns the exit code.
/// </summary>
public interface ICommand
{
    string Name { get; }

    string Summary { get; }

    /// <summary>Positional arguments as shown in usage, e.g. "PATH...".</summary>
    string Arguments { get; }

    IReadOnlyCollection<OptionSpec> Options { get; }

    Result<bool> Validate(ParsedArgs args);

    int Execute(ParsedArgs args, CliContext context);
}
