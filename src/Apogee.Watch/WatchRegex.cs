using System.Text.RegularExpressions;

namespace Apogee.Watch;

/// <summary>Every regular expression of the watch project, source-generated in one place.</summary>
internal static partial class WatchRegex
{
    /// <summary>A duration such as "60s", "5m", "1h", "250ms" or a bare number of seconds.</summary>
    [GeneratedRegex(@"^\s*(?<n>\d+(?:\.\d+)?)\s*(?<unit>ms|s|m|h)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Duration();

    /// <summary>Runs of characters that are not safe in a document name.</summary>
    [GeneratedRegex(@"[^a-z0-9]+", RegexOptions.CultureInvariant)]
    public static partial Regex UnsafeNameChars();
}
