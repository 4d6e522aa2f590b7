using System.Text.RegularExpressions;
using Apogee.Core.Model;
using Apogee.Extraction.Relevance;
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
        var ledTo = -1;
        var places = _gazetteer.FindAll(sentence);
        var namedAgain = -1;
        for (var i = 0; i < places.Count; i++)
        {
            var pm = places[i];
            // Spans, not substrings: a sentence names many places (the patterns read a span as they would the same string).
            var before = sentence.AsSpan(0, pm.Start);
            var window = before.Length > 80 ? before[^80..] : before;

            // The cue leads straight to the place ("from near X", "off the eastern port city of X"), not somewhere earlier
            // in the sentence ("in the streets ... after the Pyongyang regime fired"); or the place is within one the cue
            // led to ("in South Pyongan Province's Sukchon", "from Pyongyang's Sunan area").
            if (!ExtractionPatterns.SiteCueBefore().IsMatch(window) && !WithinPlaceLedTo(sentence, ledTo, pm.Start) && i != namedAgain) continue;
            ledTo = pm.Start + pm.Surface.Length;

            // "from the North Korean capital of Pyongyang", "Pyongyang City, Pyongyang": the same place named twice over is
            // one site, named by the name that follows (the cue leads on to it).
            if (i + 1 < places.Count && places[i + 1].Place.Name == pm.Place.Name && places[i + 1].Start >= ledTo
                && ExtractionPatterns.SamePlaceJoin().IsMatch(sentence.AsSpan(ledTo, places[i + 1].Start - ledTo)))
            {
                namedAgain = i + 1;
                continue;
            }

            // "50 miles from North Korea's capital Pyongyang": a reference point for the site, not the site; "landed in the
            // sea off X": where it came down.
            if (ExtractionPatterns.DistanceReferenceBefore().IsMatch(window) || ExtractionPatterns.ImpactOffBefore().IsMatch(window)) continue;

            // "northwest of Pyongyang": a point the site is placed from; "photo released by KCNA in Pyongyang": where the picture came from.
            if (ExtractionPatterns.PlacedFromBefore().IsMatch(window) || ExtractionPatterns.AgencyPlaceBefore().IsMatch(window)) continue;

            // "fired a missile on Friday, a day after Kim toured a factory in X": the place is in another clause.
            if (InLaterClause(sentence, pm.Start)) continue;

            // "in Pyongyang's first launch of the year": the capital as the government, not a site; so are "the Pyongyang
            // regime" and the type name in "a Sinpo-class submarine".
            var rest = sentence.AsSpan(pm.Start + pm.Surface.Length);
            if (ExtractionPatterns.PossessiveNotPlace().IsMatch(rest) || ExtractionPatterns.NotASiteAfter().IsMatch(rest)) continue;

            // "near the northwestern town of Kusong": the region word describes the town that follows.
            if (pm.Place.Kind == Vocabulary.SiteKinds.Region && ExtractionPatterns.PlaceNounAfter().IsMatch(rest)) continue;

            // "..., six days after it launched missiles from near X": X is the earlier launch's site.
            if (ExtractionPatterns.EarlierLaunchClause().IsMatch(before)) continue;
            var p = pm.Place;
            found.Add(new SiteMention(pm.Surface, new SiteRef(p.Name, p.Kind, p.Lat, p.Lon), Specificity(p.Kind), pm.Start));
        }

        // "fired from near the capital" in a story of the North's launch: Pyongyang, unless the sentence names a place itself.
        // The claim names the city: "the capital" alone would name nothing to a reader of the claims.
        if (found.Count == 0 && sentence.Contains("capital", StringComparison.OrdinalIgnoreCase)
            && ExtractionPatterns.UnnamedCapital().Match(sentence) is { Success: true } capital
            && ExtractionPatterns.NorthKoreaActor().IsMatch(sentence) && _gazetteer.Lookup("Pyongyang") is { } pyongyang)
        {
            found.Add(new SiteMention(pyongyang.Name, new SiteRef(pyongyang.Name, pyongyang.Kind, pyongyang.Lat, pyongyang.Lon), Specificity(pyongyang.Kind), capital.Index));
        }

        foreach (Match m in ExtractionPatterns.Coast().Matches(sentence))
        {
            // "fired into the sea off its east coast": where it fell (R5 accepts no site there), not a launch site.
            if (ExtractionPatterns.ImpactBeforeCoast().IsMatch(sentence.AsSpan(Math.Max(0, m.Index - 90), Math.Min(m.Index, 90)))) continue;
            var dir = m.Groups[1].Value.ToLowerInvariant();
            dir = dir.EndsWith("ern", StringComparison.Ordinal) ? dir[..^3] : dir;
            var name = $"{dir} {m.Groups[2].Value.ToLowerInvariant()}";
            found.Add(new SiteMention(m.Value[(m.Value.IndexOf(m.Groups[1].Value, StringComparison.Ordinal))..], new SiteRef(name, Vocabulary.SiteKinds.Region, null, null), 0, m.Index));
        }

        return found;
    }

    /// <summary>
    /// The place follows, as its own, a place the cue led to ("in South Pyongan Province's Sukchon"): the cue leads on
    /// to it. <paramref name="end"/> is where the last place a cue led to ends, -1 for none.
    /// </summary>
    private static bool WithinPlaceLedTo(string sentence, int end, int placeAt) =>
        end >= 0 && end < placeAt && placeAt - end <= 24 && ExtractionPatterns.PossessivePlaceJoin().IsMatch(sentence.AsSpan(end, placeAt - end));

    /// <summary>A clause opener ("after", "as", "when") between the last launch verb and the place, and no launch verb after it.</summary>
    private static bool InLaterClause(string sentence, int placeAt)
    {
        var verb = LaunchVerbs.All(sentence).TakeWhile(v => v.Index < placeAt).LastOrDefault();
        if (verb is null) return false;
        var from = verb.Index + verb.Length;
        return ExtractionPatterns.OtherClauseOpener().IsMatch(sentence.AsSpan(from, placeAt - from));
    }

    private static int Specificity(string kind) => kind switch
    {
        Vocabulary.SiteKinds.Facility => 4,
        Vocabulary.SiteKinds.City or Vocabulary.SiteKinds.County => 3,
        Vocabulary.SiteKinds.Province => 2,
        _ => 1,
    };
}
