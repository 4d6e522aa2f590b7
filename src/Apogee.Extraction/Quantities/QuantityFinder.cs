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
        if (ExtractionPatterns.Counterfactual().IsMatch(sentence)) return facts;
        Distances(sentence, facts);
        Speeds(sentence, facts);
        Durations(sentence, facts);
        return facts;
    }

    private static void Distances(string s, List<Fact> facts)
    {
        // Every distance has a figure: without a digit the pattern (which may start anywhere) cannot match.
        if (s.AsSpan().IndexOfAnyInRange('0', '9') < 0) return;
        foreach (Match m in ExtractionPatterns.Distance().Matches(s))
        {
            var after = s[(m.Index + m.Length)..];
            if (ExtractionPatterns.LocatingAfter().IsMatch(after)) continue;

            // "the minimum range is 5,500 km", "short of the minimum range of 180 miles": a bound or capability, not this flight.
            var figure = m.Groups["a"].Index;
            if (ExtractionPatterns.CapabilityBeforeFigure().IsMatch(s.AsSpan(Math.Max(0, figure - 60), Math.Min(figure, 60)))) continue;
            var field = Classify(s, m);
            if (field is null) continue;
            var unit = m.Groups["u"].Value.ToLowerInvariant();
            var factor = unit.StartsWith("nautical", StringComparison.Ordinal) ? NauticalMile : unit.StartsWith("mi", StringComparison.Ordinal) ? Mile : 1.0;
            var a = NumberWords.Parse(m.Groups["a"].Value);
            if (a is null) continue;
            var q = Qualifiers.Of(m.Groups["q"].Value);
            if (m.Groups["b"].Success && NumberWords.Parse(m.Groups["b"].Value) is { } b)
            {
                facts.Add(new Fact(field, ClaimValue.Of(Math.Round(a.Value * factor, 1, MidpointRounding.AwayFromZero)), Vocabulary.Qualifiers.AtLeast, m.Index));
                facts.Add(new Fact(field, ClaimValue.Of(Math.Round(b * factor, 1, MidpointRounding.AwayFromZero)), Vocabulary.Qualifiers.AtMost, m.Index));
            }
            else
            {
                facts.Add(new Fact(field, ClaimValue.Of(Math.Round(a.Value * factor, 1, MidpointRounding.AwayFromZero)), q, m.Index));
            }
        }
    }

    /// <summary>Range or apogee by which telling word is nearest the figure; null when neither is there.</summary>
    private static string? Classify(string s, Match m)
    {
        var before = s[..m.Index];
        var after = s[(m.Index + m.Length)..];
        var afterWindow = after.Length > 25 ? after[..25] : after;
        if (ExtractionPatterns.AltitudeAfter().IsMatch(afterWindow))
        {
            return Vocabulary.Fields.ApogeeKm;
        }

        if (ExtractionPatterns.RangeAfter().IsMatch(afterWindow)) return Vocabulary.Fields.RangeKm;

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
                facts.Add(new Fact(Vocabulary.Fields.SpeedMach, ClaimValue.Of(v), Qualifiers.Of(m.Groups["q"].Value), m.Index));
            }
        }
    }

    private static void Durations(string s, List<Fact> facts)
    {
        if (!ExtractionPatterns.FlightWord().IsMatch(s)) return;
        foreach (Match m in ExtractionPatterns.Duration().Matches(s))
        {
            if (NumberWords.Parse(m.Groups["a"].Value) is not { } v) continue;

            // "entering orbit nine minutes after liftoff": when something happened in flight, a flight time only at its end.
            if (ExtractionPatterns.ElapsedAfterLaunch().IsMatch(s.AsSpan(m.Index + m.Length))
                && !ExtractionPatterns.FlightEndWord().IsMatch(s.AsSpan(Math.Max(0, m.Index - 60), Math.Min(m.Index, 60)))) continue;
            var unit = m.Groups["u"].Value.ToLowerInvariant();
            var minutes = unit.StartsWith("sec", StringComparison.Ordinal) ? v / 60 : unit.StartsWith("hour", StringComparison.Ordinal) ? v * 60 : v;

            // "1 hour and 14 minutes": one duration, not two.
            if (unit.StartsWith("hour", StringComparison.Ordinal) && m.Groups["m"].Success && NumberWords.Parse(m.Groups["m"].Value) is { } extra) minutes += extra;
            facts.Add(new Fact(Vocabulary.Fields.FlightTimeMin, ClaimValue.Of(Math.Round(minutes, 2)), Qualifiers.Of(m.Groups["q"].Value), m.Index));
        }

        foreach (Match m in ExtractionPatterns.BareSeconds().Matches(s))
        {
            if (NumberWords.Parse(m.Groups["a"].Value) is { } v) facts.Add(new Fact(Vocabulary.Fields.FlightTimeMin, ClaimValue.Of(Math.Round(v / 60, 2)), At: m.Index));
        }
    }
}
