namespace Apogee.Watch.Alerts;

/// <summary>The values of an alert's <c>kind</c>.</summary>
public static class AlertKinds
{
    public const string NewEvent = "new_event";
    public const string EventChanged = "event_changed";
}
