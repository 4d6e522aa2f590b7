using System.Globalization;
using Apogee.Cli.Framework;
using Apogee.Cli.Output;
using Apogee.Core;
using Apogee.Extraction;
using Apogee.Ingest.Cleaning;
using Apogee.Storage;
using Apogee.Watch;
using Apogee.Watch.Http;
using Apogee.Web.Hosting;
using Microsoft.Extensions.Logging;

namespace Apogee.Cli.Commands;

/// <summary>
/// <c>apogee watch --feed URL [--pages URL] [--webhook URL] [--interval 60s] [--once]</c>: polls feeds and pages,
/// ingests new articles into the store and announces new events and changed figures (stdout and webhooks).
/// Runs until Ctrl+C, or one cycle with --once (exit 1 if anything failed in it).
/// </summary>
public sealed class WatchCommand : ICommand
{
    private static readonly OptionSpec Feed = new("feed", "RSS 2.0 or Atom feed to poll (repeat, or separate with commas)", ValueName: "URL");
    private static readonly OptionSpec Pages = new("pages", "plain article URL to poll (repeat, or separate with commas)", ValueName: "URL");
    private static readonly OptionSpec Webhook = new("webhook", "POST a JSON alert here (repeat for several)", ValueName: "URL");
    private static readonly OptionSpec Interval = new("interval", "time between polls (default 60s)", ValueName: "DURATION");
    private static readonly OptionSpec Timeout = new("timeout", "time limit per request (default 30s)", ValueName: "DURATION");
    private static readonly OptionSpec MaxRedirects = new("max-redirects", "redirects followed per request (default 5)", ValueName: "N");
    private static readonly OptionSpec MaxBytes = new("max-bytes", "size limit per response (default 5 MB)", ValueName: "N");
    private static readonly OptionSpec StateFile = new("state", "state file (default: next to the SQLite database, DB.watch.json)", ValueName: "PATH");
    private static readonly OptionSpec Once = new("once", "run one poll cycle and exit", IsFlag: true);

    public string Name => "watch";

    public string Summary => "poll feeds and pages, ingest new articles, alert on new or changed events";

    public string Arguments => "";

    public IReadOnlyCollection<OptionSpec> Options { get; } =
        [Feed, Pages, Webhook, Interval, Timeout, MaxRedirects, MaxBytes, CommonOptions.MaxSeconds, StateFile, Once, CommonOptions.Db, CommonOptions.LogFormat];

    public Result<bool> Validate(ParsedArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Positionals.Count > 0) return Result<bool>.Fail(WatchErrors.StrayArgument(args.Positionals[0]));
        var settings = Settings(args);
        if (!settings.IsSuccess) return settings.Map(_ => false);
        var webhooks = Urls(args, Webhook.Name);
        if (!webhooks.IsSuccess) return webhooks.Map(_ => false);
        var logJson = CommonOptions.LogJson(args);
        if (!logJson.IsSuccess) return logJson;
        var limits = Limits(args);
        return limits.IsSuccess ? CommonOptions.Budget(args, limits.Value.MaxBytes).Map(_ => true) : limits.Map(_ => false);
    }

    public int Execute(ParsedArgs args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var opened = StoreOpener.Open(args, context, mustExist: false);
        if (!opened.IsSuccess)
        {
            context.Error.WriteLine(WatchErrors.Opening(opened.Error!));
            return ExitCodes.Failure;
        }

        using var store = opened.Value;
        var options = new WatchHostOptions(Settings(args).Value, StatePath(args, context))
        {
            Limits = Limits(args).Value,
            Webhooks = Urls(args, Webhook.Name).Value,
            Budget = CommonOptions.Budget(args, Limits(args).Value.MaxBytes).Value,
        };
        // Alerts go to stdout; the log (a line per cycle, per problem) to stderr, as text or JSON.
        using var logs = new LoggerFactory([new LineLoggerProvider(context.Error, CommonOptions.LogJson(args).Value, context.Clock)]);
        using var host = WatchHost.Create(options, new ArticleCleaner(), LaunchExtractor.CreateDefault(), store, context.Clock, context.Out, logs.CreateLogger(WatchLog.Category));
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // Finish cleanly (state saved, connections closed) instead of dying mid-write.
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var last = host.Loop.RunAsync(stop.Token).GetAwaiter().GetResult();
            return options.Settings.Once && last is { Failures.Count: > 0 } ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static Result<WatchSettings> Settings(ParsedArgs args)
    {
        var feeds = Urls(args, Feed.Name);
        if (!feeds.IsSuccess) return feeds.Map(_ => (WatchSettings)null!);
        var pages = Urls(args, Pages.Name);
        if (!pages.IsSuccess) return pages.Map(_ => (WatchSettings)null!);
        if (feeds.Value.Count + pages.Value.Count == 0) return Result<WatchSettings>.Fail(WatchErrors.NeedSources);
        var interval = Duration(args, Interval.Name, TimeSpan.FromSeconds(60));
        return interval.Map(i => new WatchSettings(feeds.Value, pages.Value) { Interval = i, Once = args.Flag(Once.Name) });
    }

    private static Result<FetchLimits> Limits(ParsedArgs args)
    {
        var timeout = Duration(args, Timeout.Name, FetchLimits.Default.Timeout);
        if (!timeout.IsSuccess) return timeout.Map(_ => FetchLimits.Default);
        var redirects = args.GetPositiveWhole(MaxRedirects.Name, FetchLimits.Default.MaxRedirects);
        if (!redirects.IsSuccess) return redirects.Map(_ => FetchLimits.Default);
        var bytes = args.GetPositiveWhole(MaxBytes.Name, FetchLimits.Default.MaxBytes);
        if (!bytes.IsSuccess) return bytes.Map(_ => FetchLimits.Default);
        return Result<FetchLimits>.Ok(new FetchLimits { Timeout = timeout.Value, MaxRedirects = (int)Math.Min(redirects.Value, 50), MaxBytes = bytes.Value });
    }

    private static Result<IReadOnlyList<Uri>> Urls(ParsedArgs args, string option)
    {
        var urls = new List<Uri>();
        foreach (var text in args.GetAll(option).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var u) || (u.Scheme != Uri.UriSchemeHttp && u.Scheme != Uri.UriSchemeHttps))
            {
                return Result<IReadOnlyList<Uri>>.Fail(WatchErrors.Option(option, WatchErrors.NotAbsolute(text)));
            }

            urls.Add(u);
        }

        return Result<IReadOnlyList<Uri>>.Ok(urls);
    }

    private static Result<TimeSpan> Duration(ParsedArgs args, string option, TimeSpan fallback)
    {
        var v = args.Get(option);
        if (v is null) return Result<TimeSpan>.Ok(fallback);
        var parsed = Durations.Parse(v);
        return parsed.IsSuccess ? parsed : Result<TimeSpan>.Fail(WatchErrors.Option(option, parsed.Error!));
    }


    /// <summary>State lives next to a SQLite database (so each database has its own); for PostgreSQL, in the working folder.</summary>
    private static string StatePath(ParsedArgs args, CliContext context)
    {
        if (args.Get(StateFile.Name) is { } explicitPath)
        {
            return Path.IsPathRooted(explicitPath) ? explicitPath : Path.Combine(context.WorkingDirectory, explicitPath);
        }

        var spec = args.Get(CommonOptions.Db.Name) ?? context.Environment(StoreMessages.DbEnvironment) ?? StoreSpec.DefaultPath;
        var parsed = StoreSpec.Parse(spec);
        if (parsed.IsSuccess && parsed.Value.Engine == StoreSpec.Sqlite)
        {
            var db = Path.IsPathRooted(spec) ? spec : Path.Combine(context.WorkingDirectory, spec);
            return db + ".watch.json";
        }

        return Path.Combine(context.WorkingDirectory, "apogee-watch.json");
    }
}
