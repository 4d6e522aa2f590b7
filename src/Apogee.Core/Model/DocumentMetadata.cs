namespace Apogee.Core.Model;

/// <summary>What is known about an article besides its text: from a sidecar, the page itself, or the command line.</summary>
public sealed record DocumentMetadata(DateOnly? Published = null, string? Url = null, string? Outlet = null, string? Title = null)
{
    public static DocumentMetadata Empty { get; } = new();

    /// <summary>Fills the gaps of this metadata from another (this one wins where both have a value).</summary>
    public DocumentMetadata Or(DocumentMetadata other) => new(
        Published ?? other.Published, Url ?? other.Url, Outlet ?? other.Outlet, Title ?? other.Title);
}
