using System.Text.RegularExpressions;
using Apogee.Core.Model;
using Apogee.Extraction.Text;

namespace Apogee.Extraction.Quantities;

/// <summary>
/// Distances become range or apogee by the nearest telling word (altitude words vs flight words); figures that place
/// something ("300 km off the coast") or describe capability ("could reach", "if fired on a normal trajectory") are
/// not observations and are left out. Miles and nautical miles are converted to km.
/// </summary>
public sealed class QuantityFinder : IQuantityFinder
{
    private const double Mile = 1.609;
    private const double NauticalMile = 1.852;

    public IReadOnlyList<Fact> Find(string sentence)
    {
        var facts = new List<Fact>();
        var capability = Prefiltered.Counterfactual.Match(sentence);
        Distances(sentence, facts);
        Speeds(sentence, facts);
        Durations(sentence, facts);

        // "could reach", "capable of": figures after the capability word, or in its own clause, are not observations;
        // "flew about 2,300 miles - far enough to reach Guam" keeps the figure told before the capability clause.
        if (capability.Success) facts.RemoveAll(f => f.At < 0 || (f.At >= capability.Index ? !FlownInLaterClause(sentence, capability.Index, f.At) : !ExtractionPatterns.ClauseBreak().IsMatch(sentence.AsSpan(f.At, capability.Index - f.At))));
        return facts;
    }

    /// <summary>
    /// A figure after the capability word that a later clause of its own tells as flown ("The missile, which has a range of
    /// 1,000 km, flew 800 km", "can fly 4,500 km; the missile flew 800 km on Tuesday"): an observation again.
    /// </summary>
    private static bool FlownInLaterClause(string sentence, int capability, int figure)
    {
        var between = sentence.AsSpan(capability, figure - capability);
        var lastBreak = -1;
        foreach (var m in ExtractionPatterns.ClauseBreak().EnumerateMatches(between)) lastBreak = m.Index + m.Length;
        return lastBreak >= 0 && ExtractionPatterns.FlownVerb().IsMatch(between[lastBreak..]);
    }

    private static void Distances(string s, List<Fact> facts)
    {
        // Every distance has a figure and a unit: without both the pattern (which may start at any space) cannot match.
        if (s.AsSpan().IndexOfAnyInRange('0', '9') < 0 || !ExtractionPatterns.DistanceUnitWord().IsMatch(s)) return;
        var skipUntil = -1;
        foreach (Match m in ExtractionPatterns.Distance().Matches(s))
        {
            // "2,111.5 km (1,312 miles)": the bracketed figure is the same one in another unit.
            if (m.Index < skipUntil) continue;
            var end = m.Index + m.Length;

            // "the minimum range is 5,500 km", "short of the minimum range of 180 miles": a bound or capability, not this flight.
            var figure = m.Groups["a"].Index;
            if (ExtractionPatterns.CapabilityBeforeFigure().IsMatch(s.AsSpan(Math.Max(0, figure - 60), Math.Min(figure, 60)))) continue;
            var unit = m.Groups["u"].Value.ToLowerInvariant();
            var converted = ExtractionPatterns.ConvertedFigure().Match(s, end, s.Length - end);
            string? kmFigure = null;
            if (converted.Success && converted.Index == end && IsMiles(converted.Groups["u"].Value) != IsMiles(unit))
            {
                skipUntil = converted.Index + converted.Length;
                end = skipUntil;

                // "about 620 miles (1,000 km)": the kilometres are the source's own figure, the miles a paper's conversion.
                if (IsMiles(unit) && !m.Groups["b"].Success) kmFigure = converted.Groups["n"].Value;
            }

            var after = s[end..];
            if (ExtractionPatterns.LocatingAfter().IsMatch(after) || ExtractionPatterns.LocatingFrom().IsMatch(after) || ExtractionPatterns.SpeedUnitAfter().IsMatch(after)) continue;
            if (ExtractionPatterns.TypeRangeBefore().IsMatch(s.AsSpan(0, m.Index)) || ExtractionPatterns.RangeAdjectiveAfter().IsMatch(after)) continue;
            var field = Classify(s, m, after);
            if (field is null) continue;
            var factor = kmFigure is not null ? 1.0 : unit.StartsWith("nautical", StringComparison.Ordinal) ? NauticalMile : IsMiles(unit) ? Mile : 1.0;
            var a = NumberWords.Parse(kmFigure ?? m.Groups["a"].Value);
            if (a is null) continue;
            var q = Qualifiers.Of(m.Groups["q"].Value, s, m.Groups["a"].Index);
            if (m.Groups["b"].Success && NumberWords.Parse(m.Groups["b"].Value) is { } b)
            {
                // "flew 260 and 170 miles, respectively" (or a falling pair): two figures; "600 to 700 km": one figure's bounds.
                var two = b < a.Value || ExtractionPatterns.Respectively().IsMatch(after);
                facts.Add(new Fact(field, ClaimValue.Of(Math.Round(a.Value * factor, 1, MidpointRounding.AwayFromZero)), two ? q : Vocabulary.Qualifiers.AtLeast, m.Index));
                facts.Add(new Fact(field, ClaimValue.Of(Math.Round(b * factor, 1, MidpointRounding.AwayFromZero)), two ? q : Vocabulary.Qualifiers.AtMost, m.Index));
            }
            else
            {
                facts.Add(new Fact(field, ClaimValue.Of(Math.Round(a.Value * factor, 1, MidpointRounding.AwayFromZero)), q, m.Index));
            }
        }
    }

    private static bool IsMiles(string unit) => unit.StartsWith("mi", StringComparison.OrdinalIgnoreCase) || unit.StartsWith("nautical", StringComparison.OrdinalIgnoreCase);

    /// <summary>Range or apogee by which telling word is nearest the figure; null when neither is there.</summary>
    private static string? Classify(string s, Match m, string after)
    {
        var before = s[..m.Index];
        var afterWindow = after.Length > 25 ? after[..25] : after;
        if (ExtractionPatterns.AltitudeAfter().IsMatch(afterWindow))
        {
            return Vocabulary.Fields.ApogeeKm;
        }

        if (ExtractionPatterns.RangeAfter().IsMatch(afterWindow) || ExtractionPatterns.FlightAfterFigure().IsMatch(after.Length > 60 ? after[..60] : after)) return Vocabulary.Fields.RangeKm;

        var alt = LastIndex(ExtractionPatterns.AltitudeWord(), before);
        var rng = LastIndex(ExtractionPatterns.RangeWord(), before);
        if (alt < 0 && rng < 0) return null;
        return alt > rng ? Vocabulary.Fields.ApogeeKm : Vocabulary.Fields.RangeKm;
    }

    private static int LastIndex(Regex r, string s)
    {
        var last = -1;
        foreach (Match m in r.Matches(s)) last = m.Index;
        return last;
    }

    private static void Speeds(string s, List<Fact> facts)
    {
        // A speed is "Mach N" or "N times the speed of sound": without either word the pattern cannot match.
        if (!s.Contains("mach", StringComparison.OrdinalIgnoreCase) && !s.Contains("sound", StringComparison.OrdinalIgnoreCase)) return;
        foreach (Match m in ExtractionPatterns.Speed().Matches(s))
        {
            if (NumberWords.Parse(m.Groups["a"].Value) is { } v)
            {
                facts.Add(new Fact(Vocabulary.Fields.SpeedMach, ClaimValue.Of(v), Qualifiers.Of(m.Groups["q"].Value, s, m.Groups["a"].Index), m.Index));
            }
        }
    }

    private static void Durations(string s, List<Fact> facts)
    {
        var watchedFor = !ExtractionPatterns.FlightWord().IsMatch(s) && !ExtractionPatterns.FlightEndWord().IsMatch(s);
        if (watchedFor && !ExtractionPatterns.WatchedWord().IsMatch(s)) return;

        // A duration has a unit ("minutes", "mins", "seconds", "hours"); these letters are in every one of them.
        if (s.Contains("min", StringComparison.OrdinalIgnoreCase) || s.Contains("sec", StringComparison.OrdinalIgnoreCase) || s.Contains("hour", StringComparison.OrdinalIgnoreCase))
        {
            foreach (Match m in ExtractionPatterns.Duration().Matches(s))
            {
                // "a couple of minutes": about two.
                // "detected it for 37 minutes" times the flight; "detected it 10 minutes later" does not.
                if (watchedFor && !ExtractionPatterns.ForBeforeDuration().IsMatch(s.AsSpan(0, m.Groups["q"].Success ? m.Groups["q"].Index : m.Groups["a"].Index))) continue;
                var couple = m.Groups["a"].Value.StartsWith("a couple", StringComparison.OrdinalIgnoreCase);
                if ((couple ? 2 : NumberWords.Parse(m.Groups["a"].Value)) is not { } v) continue;

                // "passed over Japan nine minutes after liftoff": when something happened in flight, a flight time only at its end.
                // Reaching orbit ends a satellite carrier's flight ("entered orbit nine minutes and 46 seconds after liftoff").
                var lead = s.AsSpan(Math.Max(0, m.Index - 60), Math.Min(m.Index, 60));
                if (ExtractionPatterns.ElapsedAfterLaunch().IsMatch(s.AsSpan(m.Index + m.Length))
                    && !ExtractionPatterns.FlightEndBefore().IsMatch(lead) && !ExtractionPatterns.FlightEndWord().IsMatch(lead)) continue;
                var unit = m.Groups["u"].Value.ToLowerInvariant();
                var minutes = unit.StartsWith("sec", StringComparison.Ordinal) ? v / 60 : unit.StartsWith("hour", StringComparison.Ordinal) ? v * 60 : v;

                // "1 hour and 14 minutes", "nine minutes and 46 seconds": one duration, not two.
                if (unit.StartsWith("hour", StringComparison.Ordinal) && m.Groups["m"].Success && NumberWords.Parse(m.Groups["m"].Value) is { } extra) minutes += extra;
                if (!unit.StartsWith("sec", StringComparison.Ordinal) && m.Groups["s"].Success && NumberWords.Parse(m.Groups["s"].Value) is { } secs) minutes += secs / 60;
                var q = couple ? Vocabulary.Qualifiers.About : Qualifiers.Of(m.Groups["q"].Value, s, m.Groups["a"].Index);
                facts.Add(new Fact(Vocabulary.Fields.FlightTimeMin, ClaimValue.Of(Math.Round(minutes, 2)), q, m.Index));
            }
        }

        if (watchedFor) return;
        foreach (Match m in ExtractionPatterns.BareSeconds().Matches(s))
        {
            if (NumberWords.Parse(m.Groups["a"].Value) is { } v) facts.Add(new Fact(Vocabulary.Fields.FlightTimeMin, ClaimValue.Of(Math.Round(v / 60, 2)), At: m.Index));
        }
    }
}
