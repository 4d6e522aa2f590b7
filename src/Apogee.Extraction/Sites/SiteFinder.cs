using System.Text.RegularExpressions;
using Apogee.Core.Model;
using Apogee.Extraction.Text;
using Apogee.Knowledge;

namespace Apogee.Extraction.Sites;

/// <summary>
/// Launch sites through the gazetteer, only where the sentence places a launch there (a site cue such as "from",
/// "near", "in the vicinity of" before the name); "off the east coast" when nothing more specific is written.
/// Seas are impact areas, never sites.
/// </summary>
public sealed class SiteFinder
{
    private readonly Gazetteer _gazetteer;

    public SiteFinder(Gazetteer gazetteer) => _gazetteer = gazetteer;

    public IReadOnlyList<SiteMention> Find(string sentence)
    {
        var found = new List<SiteMention>();
        foreach (var pm in _gazetteer.FindAll(sentence))
        {
            var before = sentence[..pm.Start];
            var window = before.Length > 60 ? before[^60..] : before;
            // The cue introduces the place within a few words ("from the vicinity of X"), not a clause away.
            var cue = ExtractionPatterns.SiteCue().Matches(window).LastOrDefault();
            if (cue is null || !ExtractionPatterns.ShortCueSpan().IsMatch(window.AsSpan(cue.Index + cue.Length))) continue;

            // "northwest of Pyongyang", "50 miles from the capital Pyongyang": a point the site is placed from.
            if (ExtractionPatterns.PlacedFromBefore().IsMatch(window)) continue;

            // "the Pyongyang regime", "a Sinpo-class submarine": the place names something else.
            if (ExtractionPatterns.NotASiteAfter().IsMatch(sentence.AsSpan(pm.Start + pm.Surface.Length))) continue;

            // "in Pyongyang's first launch of the year": the capital as the government, not a site.
            if (ExtractionPatterns.PossessiveNotPlace().IsMatch(sentence.AsSpan(pm.Start + pm.Surface.Length))) continue;

            // "..., six days after it launched missiles from near X": X is the earlier launch's site.
            if (ExtractionPatterns.EarlierLaunchClause().IsMatch(before)) continue;
            var p = pm.Place;
            found.Add(new SiteMention(pm.Surface, new SiteRef(p.Name, p.Kind, p.Lat, p.Lon), Specificity(p.Kind), pm.Start));
        }

        foreach (Match m in ExtractionPatterns.Coast().Matches(sentence))
        {
            var dir = m.Groups[1].Value.ToLowerInvariant();
            dir = dir.EndsWith("ern", StringComparison.Ordinal) ? dir[..^3] : dir;
            var name = $"{dir} {m.Groups[2].Value.ToLowerInvariant()}";
            found.Add(new SiteMention(m.Value[(m.Value.IndexOf(m.Groups[1].Value, StringComparison.Ordinal))..], new SiteRef(name, Vocabulary.SiteKinds.Region, null, null), 0, m.Index));
        }

        return found;
    }

    private static int Specificity(string kind) => kind switch
    {
        Vocabulary.SiteKinds.Facility => 4,
        Vocabulary.SiteKinds.City or Vocabulary.SiteKinds.County => 3,
        Vocabulary.SiteKinds.Province => 2,
        _ => 1,
    };
}
