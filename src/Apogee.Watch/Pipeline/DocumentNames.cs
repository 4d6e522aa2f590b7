using Apogee.Core;

namespace Apogee.Watch.Pipeline;

/// <summary>
/// Names documents fetched from the web: a readable slug of host and path plus a short hash of the full URL,
/// so the same URL always gets the same name and two URLs never collide on a shortened slug.
/// </summary>
public static class DocumentNames
{
    private const int MaxSlug = 60;

    public static string For(Uri url)
    {
        var raw = (url.Host + url.AbsolutePath).ToLowerInvariant();
        var slug = WatchRegex.UnsafeNameChars().Replace(raw, "-").Trim('-');
        if (slug.Length > MaxSlug) slug = slug[..MaxSlug].TrimEnd('-');
        return $"{slug}-{Hashing.Sha256Hex(url.AbsoluteUri)[..8]}";
    }

    /// <summary>A feed item with no link of its own is named after its feed and its id.</summary>
    public static string ForItem(Uri feed, string itemId) =>
        $"{For(feed)}-{Hashing.Sha256Hex(itemId)[..8]}";
}
