using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>Days written in the launch site's own zone.</summary>
internal static partial class ExtractionPatterns
{
    /// <summary>
    /// Right after a weekday, the site's zone named ("on Sunday morning (Korea time)", "Monday, Seoul time", "on Friday
    /// local time"): a story dated elsewhere tells its launch again in the site's day, not another launch. Asked of the
    /// text after the weekday.
    /// </summary>
    [GeneratedRegex("^\\s*(?:(?:morning|afternoon|evening|night)\\s*)?[(,]?\\s*(?:in\\s+)?(?:Korea|Korean|Seoul|Pyongyang|Tokyo|Japan|local)\\s+time\\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex SiteTimeAfterDay();
}
