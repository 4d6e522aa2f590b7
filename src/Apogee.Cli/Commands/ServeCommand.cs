using Apogee.Cli.Framework;
using Apogee.Core;
using Apogee.Core.Pipeline;
using Apogee.Web;

namespace Apogee.Cli.Commands;

/// <summary><c>apogee serve</c>: the REST API and the dashboard over the same store the other verbs use.</summary>
public sealed class ServeCommand : ICommand
{
    private static readonly OptionSpec Urls = new("urls", "where to listen (default http://127.0.0.1:5080)", ValueName: "URL[;URL]");
    private static readonly OptionSpec ApiKey = new("api-key", "key that unlocks POST /api/documents (sent as X-Api-Key); also APOGEE_API_KEY; without one, writes are refused", ValueName: "KEY");
    private static readonly OptionSpec MaxBody = new("max-body-bytes", $"request body cap (default {WebOptions.DefaultMaxBodyBytes})", ValueName: "N");

    public string Name => "serve";

    public string Summary => "serve the REST API (OpenAPI at /openapi/v1.json) and the dashboard";

    public string Arguments => "";

    public IReadOnlyCollection<OptionSpec> Options { get; } = [CommonOptions.Db, Urls, ApiKey, MaxBody, CommonOptions.MaxSeconds, CommonOptions.LogFormat];

    public Result<bool> Validate(ParsedArgs args)
    {
        if (args.Positionals.Count > 0) return Result<bool>.Fail($"serve takes no arguments, got '{args.Positionals[0]}'");
        foreach (var url in (args.Get("urls") ?? "http://127.0.0.1:5080").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var u) || (u.Scheme != "http" && u.Scheme != "https"))
                return Result<bool>.Fail($"option '--urls' wants http://HOST:PORT, not '{url}'");
        }

        var max = args.GetNumber("max-body-bytes");
        if (!max.IsSuccess) return Result<bool>.Fail(max.Error!);
        if (max.Value is { } m && (m < 1 || m != Math.Floor(m)))
            return Result<bool>.Fail($"option '--max-body-bytes' wants a positive whole number, not '{args.Get("max-body-bytes")}'");
        var logJson = CommonOptions.LogJson(args);
        if (!logJson.IsSuccess) return logJson;
        return CommonOptions.Budget(args, DocumentBudget.Default.MaxBytes).Map(_ => true);
    }

    public int Execute(ParsedArgs args, CliContext context)
    {
        var options = ToOptions(args, context);
        var app = ApogeeWeb.Build([], options);
        context.Out.WriteLine($"apogee serve: {options.Urls} over {options.Db}; writes {(options.ApiKey is null ? "disabled (no --api-key)" : "need X-Api-Key")}");
        app.Run();
        return ExitCodes.Ok;
    }

    public static WebOptions ToOptions(ParsedArgs args, CliContext context)
    {
        var db = args.Get("db") ?? context.Environment("APOGEE_DB") ?? "apogee.db";
        if (!db.Contains("://", StringComparison.Ordinal) && !Path.IsPathRooted(db)) db = Path.Combine(context.WorkingDirectory, db);
        var key = args.Get("api-key") ?? context.Environment("APOGEE_API_KEY");
        var max = args.GetNumber("max-body-bytes").Value;
        return new WebOptions
        {
            Db = db,
            Urls = args.Get("urls") ?? new WebOptions().Urls,
            ApiKey = string.IsNullOrEmpty(key) ? null : key,
            MaxBodyBytes = max is { } m ? (long)m : WebOptions.DefaultMaxBodyBytes,
            Budget = CommonOptions.Budget(args, DocumentBudget.Default.MaxBytes).Value,
            Log = context.Error,
            LogJson = CommonOptions.LogJson(args).Value,
            Clock = context.Clock,
        };
    }
}
