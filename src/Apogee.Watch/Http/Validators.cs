namespace Apogee.Watch.Http;

/// <summary>The cache validators a server gave for a URL, sent back on the next poll for a conditional GET.</summary>
public sealed record Validators(string? ETag, string? LastModified)
{
    public static Validators None { get; } = new(null, null);

    public bool IsEmpty => ETag is null && LastModified is null;
}
