using Apogee.Watch.Alerts;

namespace Apogee.Watch.State;

/// <summary>An alert a sink could not take even after its retries, kept to be offered again next cycle.</summary>
public sealed record PendingAlert(string Sink, Alert Alert);
