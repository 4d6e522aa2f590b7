using System.Text.RegularExpressions;
using Apogee.Core.Model;
using Apogee.Extraction.Text;
using Apogee.Knowledge;

namespace Apogee.Extraction.Attribution;

/// <summary>
/// A named officeholder speaks for the country of the office ("Defense Minister Yasukazu Hamada said", "..., said
/// Lee Jong-sup", "according to Kishida"): wire stories name the minister without the country once the dateline has
/// set it. Asked only of cued sentences no party of the lexicon speaks in; a former holder speaks for nobody.
/// </summary>
internal static class OfficeholderSpeaker
{
    /// <summary>How far from its cue a named speaker may stand ("Hamada, who spoke in parliament on Friday, said").</summary>
    private const int Reach = 40;

    /// <summary>Room around the reach for a name's own length and the words the matcher reads before it ("former").</summary>
    private const int Lookback = 100;

    public static (Attribution Who, OfficeholderMention Mention)? Find(string sentence, IReadOnlyList<Match> cues, Officeholders holders)
    {
        (Attribution, OfficeholderMention)? best = null;
        var bestDistance = int.MaxValue;

        // Only names within reach of a cue can speak: the lookup reads the stretch around the cues (with room for the
        // matcher's look at the words before a name), not a whole long sentence.
        var from = Math.Max(0, cues[0].Index - Reach - Lookback);
        var to = Math.Min(sentence.Length, cues[^1].Index + cues[^1].Length + Reach + Lookback);
        // No word of any holder's name in the stretch: no lookup (one vectorised search; most cued sentences name nobody listed).
        if (!sentence.AsSpan(from, to - from).ContainsAny(NameWords(holders))) return null;
        var window = from == 0 && to == sentence.Length ? sentence : sentence[from..to];
        foreach (var found in holders.FindAll(window))
        {
            var m = from == 0 ? found : found with { Start = found.Start + from };
            if (m.Former || SourceOf(m.Holder.Country) is not { } source) continue;
            foreach (Match c in cues)
            {
                if (Distance(sentence, m, c) is not { } d || d >= bestDistance) continue;
                bestDistance = d;
                best = (new Attribution(source, m.Surface, true), m);
            }
        }

        return best;
    }

    /// <summary>
    /// The last officeholder a sentence names, speaking or not ("Prime Minister Fumio Kishida condemned the launch"): the
    /// person a later "his office said" speaks for. Null when it names none listed, or only former holders.
    /// </summary>
    public static Attribution? LastNamed(string sentence, Officeholders holders)
    {
        if (!sentence.AsSpan().ContainsAny(NameWords(holders))) return null;
        Attribution? last = null;
        var lastStart = -1;
        foreach (var m in holders.FindAll(sentence))
        {
            if (m.Former || m.Start <= lastStart || SourceOf(m.Holder.Country) is not { } source) continue;
            lastStart = m.Start;
            last = new Attribution(source, m.Surface, true);
        }

        return last;
    }

    /// <summary>As for the lexicon's parties: the subject before a verb cue, after it only inverted or after "according to".</summary>
    private static int? Distance(string sentence, OfficeholderMention m, Match cue)
    {
        var end = m.Start + m.Length;
        var cueEnd = cue.Index + cue.Length;
        var forward = ExtractionPatterns.ForwardCue().IsMatch(cue.Value);
        if (m.Start >= cueEnd)
        {
            var after = m.Start - cueEnd;
            var inverted = forward || ExtractionPatterns.InvertedCueBefore().IsMatch(SourceAttributor.Before(sentence, cue.Index));
            return inverted && after <= Reach ? after : null;
        }

        if (forward || end > cue.Index) return null;
        var between = sentence.AsSpan(end, cue.Index - end);
        if (between.Length > Reach || between.IndexOfAny('\u201d', '"') >= 0) return null;
        return ExtractionPatterns.OtherSpeakerBefore().IsMatch(between) ? null : between.Length;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Officeholders, System.Buffers.SearchValues<string>> Words = new();

    /// <summary>Every word of three letters or more of the holders' names ("Yasukazu", "Hamada", "Lee"), searched for at once.</summary>
    private static System.Buffers.SearchValues<string> NameWords(Officeholders holders) =>
        Words.GetValue(holders, h => System.Buffers.SearchValues.Create(
            h.Holders.SelectMany(x => x.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length >= 3).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            StringComparison.OrdinalIgnoreCase));

    private static string? SourceOf(string country) => country switch
    {
        Vocabulary.Sources.SouthKorea or Vocabulary.Sources.Japan or Vocabulary.Sources.UnitedStates
            or Vocabulary.Sources.NorthKorea or Vocabulary.Sources.China or Vocabulary.Sources.Russia => country,
        _ => null,
    };
}
