using Apogee.Cli.Framework;
using Apogee.Core;
using Apogee.Core.Pipeline;

namespace Apogee.Cli.Commands;

/// <summary>Options several verbs share, spelled once.</summary>
public static class CommonOptions
{
    public static OptionSpec Db { get; } = new("db", "database: a SQLite file (default ./apogee.db) or postgres://user:pass@host/db; also APOGEE_DB", ValueName: "PATH|URL");

    public static OptionSpec Published { get; } = new("published", "publication date for inputs that have none", ValueName: "YYYY-MM-DD");

    public static OptionSpec MaxBytes { get; } = new("max-bytes", "size limit per input file, or per line of a .jsonl (default 10 MB)", ValueName: "N");

    /// <summary>The per-document time budget of cleaning plus extraction (DocumentBudget; docs/INGEST.md "Budget").</summary>
    public static OptionSpec MaxSeconds { get; } = new("max-seconds", "time limit per document for cleaning and extraction (default 30)", ValueName: "N");

    /// <summary>--max-seconds, checked (a positive whole number, at most a day), as the document budget over <paramref name="maxBytes"/>.</summary>
    public static Result<DocumentBudget> Budget(ParsedArgs args, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(args);
        var seconds = args.GetPositiveWhole(MaxSeconds.Name, (long)DocumentBudget.DefaultMaxTime.TotalSeconds);
        return seconds.Map(s => new DocumentBudget(maxBytes, TimeSpan.FromSeconds(Math.Min(s, 86_400))));
    }

    /// <summary>serve and watch: how their log lines (one per request / per cycle, on stderr) are written.</summary>
    public static OptionSpec LogFormat { get; } = new("log-format", "log lines on stderr as text (default) or json (one object per line)", ValueName: "text|json");

    /// <summary>--log-format, checked: true for json.</summary>
    public static Result<bool> LogJson(ParsedArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Get(LogFormat.Name) switch
        {
            null or "text" => Result<bool>.Ok(false),
            "json" => Result<bool>.Ok(true),
            var other => Result<bool>.Fail($"option '--log-format' wants text or json, not '{other}'"),
        };
    }

    public static OptionSpec Format(string values) => new("format", $"output format: {values}", ValueName: values);
}
