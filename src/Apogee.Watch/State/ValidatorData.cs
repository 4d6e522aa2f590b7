namespace Apogee.Watch.State;

/// <summary>One URL's validators as stored.</summary>
public sealed record ValidatorData(string? Etag, string? LastModified);
