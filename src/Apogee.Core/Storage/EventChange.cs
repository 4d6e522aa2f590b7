namespace Apogee.Core.Storage;

/// <summary>A consolidated field of an event that an ingest changed (the raw material of alerts).</summary>
public sealed record EventChange(long EventId, string Field, string? Before, string? After);
