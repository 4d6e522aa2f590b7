using Apogee.Extraction.Text;

namespace Apogee.Extraction.Sites;

/// <summary>
/// The compass direction of flight from the launch sentences: the first that writes one ("toward the East Sea" east,
/// "over the Yellow Sea" west, "in a northeasterly direction" northeast). Seas are those of launches from the Korean
/// peninsula, where the story's seas are the ones the contract names; a spent stage's sea is not the heading.
/// </summary>
public static class DirectionFinder
{
    public static string? Find(IEnumerable<string> launchSentences)
    {
        foreach (var s in launchSentences)
        {
            var m = ExtractionPatterns.FlightDirection().Match(s);
            if (!m.Success) continue;
            if (m.Groups["sea"].Success)
            {
                // "the first stage fell into the Yellow Sea": a satellite carrier's spent stage, not its heading.
                if (ExtractionPatterns.SpentPart().IsMatch(s.AsSpan(0, m.Index))) continue;
                var sea = m.Groups["sea"].Value.ToLowerInvariant();
                return sea is "east sea" or "sea of japan" ? "east" : "west";
            }

            // "north-east", "north east", "northeasterly" are all northeast.
            var dir = m.Groups["dir"].Value.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
            foreach (var tail in new[] { "erly", "ern" })
            {
                if (dir.EndsWith(tail, StringComparison.Ordinal)) dir = dir[..^tail.Length];
            }

            return dir;
        }

        return null;
    }
}
