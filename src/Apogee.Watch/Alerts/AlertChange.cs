namespace Apogee.Watch.Alerts;

/// <summary>One field of an alert: its value before the report (null for a new event) and after.</summary>
public sealed record AlertChange(string Field, string? Before, string? After);
