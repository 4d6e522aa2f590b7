using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>Days written in the launch site's own zone, and places that are where a story or picture came from.</summary>
internal static partial class ExtractionPatterns
{
    /// <summary>
    /// Right after a weekday, the site's zone named ("on Sunday morning (Korea time)", "Monday, Seoul time", "on Friday
    /// local time"): a story dated elsewhere tells its launch again in the site's day, not another launch. Asked of the
    /// text after the weekday.
    /// </summary>
    [GeneratedRegex("^\\s*(?:(?:morning|afternoon|evening|night)\\s*)?[(,]?\\s*(?:in\\s+)?(?:Korea|Korean|Seoul|Pyongyang|Tokyo|Japan|local)\\s+time\\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex SiteTimeAfterDay();

    /// <summary>
    /// Before a place, the agency or release it belongs to ("in this photo released by the Korean Central News Agency
    /// (KCNA) in Pyongyang July 5", "distributed by the state news agency in Pyongyang", "KCTV in Pyongyang"): where the
    /// picture or story came from, not where the missile flew from. Asked of the text before the place.
    /// </summary>
    [GeneratedRegex("(?:\\b(?:KCNA|KCTV|agency|news service|state media|Rodong Sinmun|Yonhap)\\)?|\\b(?:released|distributed|provided|supplied)\\b[^.;]{0,100}?)\\s+in\\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex AgencyPlaceBefore();
}
