using Apogee.Core;

namespace Apogee.Watch.Alerts;

/// <summary>Prints each alert's summary line, prefixed "ALERT", to the command's output.</summary>
public sealed class ConsoleAlertSink(TextWriter output) : IAlertSink
{
    public string Name => "console";

    public Task<Result<bool>> SendAsync(Alert alert, CancellationToken cancellationToken)
    {
        output.WriteLine($"ALERT {alert.Summary}");
        output.Flush();
        return Task.FromResult(Result<bool>.Ok(true));
    }
}
