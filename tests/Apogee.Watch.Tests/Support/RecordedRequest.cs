namespace Apogee.Watch.Tests.Support;

/// <summary>A request the scripted server received.</summary>
public sealed record RecordedRequest(string Method, string Path, string IfNoneMatch, string IfModifiedSince, string Body);
