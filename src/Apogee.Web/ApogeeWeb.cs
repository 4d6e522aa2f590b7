using System.Text.Encodings.Web;
using System.Text.Json;
using Apogee.Core.Pipeline;
using Apogee.Core.Storage;
using Apogee.Extraction;
using Apogee.Ingest.Cleaning;
using Apogee.Storage;
using Apogee.Web.Api;
using Apogee.Web.Hosting;
using Apogee.Web.Ingest;
using Microsoft.Extensions.FileProviders;

namespace Apogee.Web;

/// <summary>
/// Builds the app <c>apogee serve</c> runs: the REST API (OpenAPI at /openapi/v1.json) and the dashboard,
/// over the same store the CLI uses. Tests and the CLI call <see cref="Build"/>; nothing here reads the clock.
/// </summary>
public static class ApogeeWeb
{
    /// <param name="args">host arguments (configuration keys); the CLI passes none.</param>
    /// <param name="options">null reads them from configuration: Apogee:Db / APOGEE_DB, Apogee:ApiKey / APOGEE_API_KEY.</param>
    /// <param name="openStore">opens the store named by <see cref="WebOptions.Db"/>; defaults to <see cref="EventStoreFactory.Open"/>.</param>
    public static WebApplication Build(string[] args, WebOptions? options = null, Func<string, IEventStore>? openStore = null)
    {
        // The store's calls are synchronous (SQLite has no asynchronous I/O; one code path serves both engines), so every
        // request in flight holds a pool thread: a floor lets a burst of connections run at once instead of queueing
        // behind thread injection (a couple of threads a second). Threads above the core count mostly wait.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, MinThreads), io);
        var builder = WebApplication.CreateBuilder(args);
        options ??= FromConfiguration(builder.Configuration);
        builder.WebHost.UseUrls(options.Urls);
        // Per-request framework logs at Information would cost more than the requests; keep warnings and errors.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        if (options.Log is { } log)
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(new LineLoggerProvider(log, options.LogJson, options.Clock));
        }

        builder.Services.AddSingleton(options);
        // One store for the app's lifetime; the SQL store opens a pooled connection per call, so requests run in parallel.
        builder.Services.AddSingleton<IEventStore>(_ => (openStore ?? EventStoreFactory.Open)(options.Db));
        builder.Services.AddSingleton<ICleaner>(new ArticleCleaner());
        builder.Services.AddSingleton<ILaunchExtractor>(_ => LaunchExtractor.CreateDefault());
        builder.Services.AddSingleton(sp => new DocumentIngestor(sp.GetRequiredService<ICleaner>(), sp.GetRequiredService<ILaunchExtractor>(), sp.GetRequiredService<IEventStore>(), options.Budget));
        builder.Services.AddSingleton<IEventAnalysis, BallisticsEventAnalysis>();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();

        var app = builder.Build();

        // Open the store now: a bad --db fails at startup with the store's message, not on the first request.
        app.Services.GetRequiredService<IEventStore>();
        if (options.Log is not null) app.UseRequestLog();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();

        var files = new PhysicalFileProvider(WebRoot.Locate(options.WebRoot));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });

        app.MapOpenApi();
        app.MapGet("/healthz", () => "ok").ExcludeFromDescription();
        app.MapEvents();
        app.MapDocuments();
        app.MapExport();
        return app;
    }

    /// <summary>The thread pool's floor while serving (see <see cref="Build"/>).</summary>
    public const int MinThreads = 64;

    public static WebOptions FromConfiguration(IConfiguration config)
    {
        var o = new WebOptions();
        var maxBody = config["Apogee:MaxBodyBytes"];
        return o with
        {
            Db = config["Apogee:Db"] ?? config["APOGEE_DB"] ?? o.Db,
            ApiKey = config["Apogee:ApiKey"] ?? config["APOGEE_API_KEY"],
            Urls = config["Apogee:Urls"] ?? o.Urls,
            WebRoot = config["Apogee:WebRoot"],
            MaxBodyBytes = long.TryParse(maxBody, System.Globalization.CultureInfo.InvariantCulture, out var m) && m > 0 ? m : o.MaxBodyBytes,
        };
    }
}
