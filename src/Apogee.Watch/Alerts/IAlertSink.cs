using Apogee.Core;

namespace Apogee.Watch.Alerts;

/// <summary>Deliver: sends one alert somewhere. A failed delivery is a failed result (with the reason), never an exception.</summary>
public interface IAlertSink
{
    string Name { get; }

    Task<Result<bool>> SendAsync(Alert alert, CancellationToken cancellationToken);
}
