using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Apogee.Web.Hosting;

/// <summary>
/// Microsoft.Extensions.Logging to one line per entry on the command's stderr: the message as it is (text), or one
/// JSON object (json: time, level, category, event, message and the entry's named values). Unlike the console provider it
/// writes to the TextWriter it is given (the CLI's, so tests read it) and stamps entries with the TimeProvider it is
/// given, never the ambient clock; lines are written under a lock, whole, so parallel requests never interleave.
/// </summary>
public sealed class LineLoggerProvider(TextWriter writer, bool json, TimeProvider clock) : ILoggerProvider
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Lock _gate = new();

    public ILogger CreateLogger(string categoryName) => new LineLogger(this, categoryName);

    public void Dispose()
    {
        // The writer belongs to the caller (the CLI's stderr).
    }

    private void Write<TState>(string category, LogLevel level, EventId id, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var message = formatter(state, exception);
        string line;
        if (!json)
        {
            line = exception is null ? message : $"{message}: {exception.Message}";
        }
        else
        {
            using var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer, Compact))
            {
                w.WriteStartObject();
                w.WriteString("time", clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture));
                w.WriteString("level", level.ToString());
                w.WriteString("category", category);
                if (id.Name is { } name) w.WriteString("event", name);
                w.WriteString("message", message);
                if (exception is not null) w.WriteString("exception", exception.Message);
                foreach (var (key, value) in state as IReadOnlyList<KeyValuePair<string, object?>> ?? [])
                {
                    if (key == "{OriginalFormat}") continue;
                    w.WritePropertyName(JsonNamingPolicy.SnakeCaseLower.ConvertName(key));
                    switch (value)
                    {
                        case null: w.WriteNullValue(); break;
                        case int n: w.WriteNumberValue(n); break;
                        case long n: w.WriteNumberValue(n); break;
                        case double d: w.WriteNumberValue(Math.Round(d, 3)); break;
                        default: w.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
                    }
                }

                w.WriteEndObject();
            }

            line = Encoding.UTF8.GetString(buffer.ToArray());
        }

        lock (_gate)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }

    private sealed class LineLogger(LineLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) provider.Write(category, logLevel, eventId, state, exception, formatter);
        }
    }
}
