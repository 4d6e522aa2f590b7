using System.Diagnostics;

namespace Apogee.Web.Hosting;

/// <summary>
/// One log line per request: method, path, status and milliseconds. Outermost in the pipeline, so the status is the
/// one sent (500 from the exception handler, 404 from status pages). Elapsed time is monotonic (Stopwatch), not the clock.
/// </summary>
public static partial class RequestLog
{
    public const string Category = "apogee.serve";

    public static IApplicationBuilder UseRequestLog(this IApplicationBuilder app)
    {
        var log = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        return app.Use(async (context, next) =>
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                // Checked first: the path and elapsed time are worked out only for a line that is written.
                if (log.IsEnabled(LogLevel.Information))
                {
                    var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    Request(log, context.Request.Method, context.Request.Path.Value ?? "/", context.Response.StatusCode, ms);
                }
            }
        });
    }

    [LoggerMessage(EventId = 1, EventName = "request", Level = LogLevel.Information, Message = "{Method} {Path} {Status} {Ms:0.0} ms")]
    private static partial void Request(ILogger logger, string method, string path, int status, double ms);
}
