using System.Globalization;
using Apogee.Core;

namespace Apogee.Cli.Framework;

/// <summary>
/// Arguments of one verb as System.CommandLine parsed them (<see cref="CommandTree"/>): the positionals and the value(s)
/// of each declared option, read by the option's name. The verbs check values here, so their messages stay theirs.
/// </summary>
public sealed class ParsedArgs
{
    private readonly Dictionary<string, IReadOnlyList<string>> _options;

    internal ParsedArgs(IReadOnlyList<string> positionals, Dictionary<string, IReadOnlyList<string>> options)
    {
        Positionals = positionals;
        _options = options;
    }

    public IReadOnlyList<string> Positionals { get; }

    /// <summary>Parses one verb's arguments against its option specs (as the CLI does), for tests and callers without a tree.</summary>
    public static Result<ParsedArgs> Parse(IReadOnlyList<string> args, IReadOnlyCollection<OptionSpec> specs)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(specs);
        var verb = new VerbSymbols(new System.CommandLine.Command("verb"), specs, "");
        var result = verb.Command.Parse(args);
        return result.Errors.Count > 0 ? Result<ParsedArgs>.Fail(CliErrors.Parse(result.Errors[0].Message)) : verb.Read(result);
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Get(string name) => _options.TryGetValue(name, out var v) ? v[^1] : null;

    public IReadOnlyList<string> GetAll(string name) => _options.TryGetValue(name, out var v) ? v : [];

    public bool Flag(string name) => Get(name) is { } v && v != "false";

    public Result<DateOnly?> GetDate(string name)
    {
        var v = Get(name);
        if (v is null) return Result<DateOnly?>.Ok(null);
        return DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? Result<DateOnly?>.Ok(d)
            : Result<DateOnly?>.Fail($"option '--{name}' wants a date as YYYY-MM-DD, not '{v}'");
    }

    public Result<double?> GetNumber(string name)
    {
        var v = Get(name);
        if (v is null) return Result<double?>.Ok(null);
        return double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? Result<double?>.Ok(d)
            : Result<double?>.Fail($"option '--{name}' wants a number, not '{v}'");
    }

    /// <summary>A count or size option: a whole number above zero, or <paramref name="fallback"/> when absent.</summary>
    public Result<long> GetPositiveWhole(string name, long fallback)
    {
        var v = Get(name);
        if (v is null) return Result<long>.Ok(fallback);
        return long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? Result<long>.Ok(n)
            : Result<long>.Fail($"option '--{name}' wants a positive whole number, not '{v}'");
    }
}
