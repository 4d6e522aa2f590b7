using System.CommandLine;
using System.CommandLine.Parsing;
using Apogee.Core;

namespace Apogee.Cli.Framework;

/// <summary>
/// One verb's System.CommandLine symbols, made from its <see cref="ICommand.Options"/> specs: a string option per
/// valued spec (repeatable: <c>--corpus A --corpus B</c>), a bool option per flag, and one list argument for the
/// positionals (the verb's <see cref="ICommand.Validate"/> says how many it wants). Reads a parse back into <see cref="ParsedArgs"/>.
/// </summary>
internal sealed class VerbSymbols
{
    private readonly List<(OptionSpec Spec, Option Option)> _options = [];
    private readonly Argument<string[]> _positionals;

    public VerbSymbols(Command command, IReadOnlyCollection<OptionSpec> specs, string arguments)
    {
        Command = command;
        foreach (var spec in specs)
        {
            Option option = spec.IsFlag
                ? new Option<bool>("--" + spec.Name) { Description = spec.Help }
                : new Option<string[]>("--" + spec.Name) { Description = spec.Help, HelpName = spec.ValueName ?? "VALUE", AllowMultipleArgumentsPerToken = false };
            command.Options.Add(option);
            _options.Add((spec, option));
        }

        // Named as the verb shows it ("PATH...", "EVENT"); hidden from help when the verb takes none.
        _positionals = new Argument<string[]>(arguments.Length > 0 ? arguments : "arguments") { Arity = ArgumentArity.ZeroOrMore, Hidden = arguments.Length == 0 };
        command.Arguments.Add(_positionals);
    }

    public Command Command { get; }

    public Result<ParsedArgs> Read(ParseResult result)
    {
        var positionals = result.GetValue(_positionals) ?? [];

        // System.CommandLine hands an undeclared "--word" to the positionals; before a "--" it is a misspelt option.
        var afterDoubleDash = result.Tokens.SkipWhile(t => t.Type != TokenType.DoubleDash).Where(t => t.Type == TokenType.Argument).Select(t => t.Value).ToHashSet(StringComparer.Ordinal);
        if (positionals.FirstOrDefault(p => p.StartsWith("--", StringComparison.Ordinal) && p.Length > 2 && !afterDoubleDash.Contains(p)) is { } unknown)
        {
            return Result<ParsedArgs>.Fail(CliErrors.UnknownOption(unknown));
        }

        var options = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (spec, option) in _options)
        {
            if (result.GetResult(option) is not { Implicit: false }) continue;
            options[spec.Name] = option switch
            {
                Option<bool> flag => [result.GetValue(flag) ? "true" : "false"],
                Option<string[]> valued => result.GetValue(valued) ?? [],
                _ => [],
            };
        }

        return Result<ParsedArgs>.Ok(new ParsedArgs(positionals, options));
    }
}
