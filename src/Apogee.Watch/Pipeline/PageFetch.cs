using Apogee.Core.Model;
using Apogee.Watch.Http;

namespace Apogee.Watch.Pipeline;

/// <summary>An article page fetched as a raw document, unchanged since last time (304), or why it failed.</summary>
public sealed record PageFetch(FetchStatus Status, RawDocument? Document, Validators Validators, string? Error = null, bool Transient = false);
