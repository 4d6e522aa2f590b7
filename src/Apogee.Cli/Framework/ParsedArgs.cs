using System.Globalization;
using Apogee.Core;

namespace Apogee.Cli.Framework;

/// <summary>
/// Arguments of one verb: positionals and <c>--name value</c> / <c>--name=value</c> / <c>--flag</c> options.
/// Only options the command declares are accepted; anything else is a usage error, never a stack trace.
/// </summary>
public sealed class ParsedArgs
{
    private readonly Dictionary<string, List<string>> _options;

    private ParsedArgs(IReadOnlyList<string> positionals, Dictionary<string, List<string>> options)
    {
        Positionals = positionals;
        _options = options;
    }

    public IReadOnlyList<string> Positionals { get; }

    public static Result<ParsedArgs> Parse(IReadOnlyList<string> args, IReadOnlyCollection<OptionSpec> specs)
    {
        var positionals = new List<string>();
        var options = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a == "--")
            {
                positionals.AddRange(args.Skip(i + 1));
                break;
            }

            if (!a.StartsWith("--", StringComparison.Ordinal) || a.Length == 2)
            {
                positionals.Add(a);
                continue;
            }

            var eq = a.IndexOf('=', StringComparison.Ordinal);
            var name = eq > 0 ? a[2..eq] : a[2..];
            var spec = specs.FirstOrDefault(s => s.Name == name);
            if (spec is null)
            {
                return Result<ParsedArgs>.Fail($"unknown option '--{name}'");
            }

            string value;
            if (spec.IsFlag)
            {
                value = eq > 0 ? a[(eq + 1)..] : "true";
            }
            else if (eq > 0)
            {
                value = a[(eq + 1)..];
            }
            else if (i + 1 < args.Count)
            {
                value = args[++i];
            }
            else
            {
                return Result<ParsedArgs>.Fail($"option '--{name}' needs a value");
            }

            if (!options.TryGetValue(name, out var list))
            {
                options[name] = list = [];
            }

            list.Add(value);
        }

        return Result<ParsedArgs>.Ok(new ParsedArgs(positionals, options));
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
