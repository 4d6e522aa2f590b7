using System.Text.RegularExpressions;
using Apogee.Core.Model;
using Apogee.Extraction.Sentences;
using Apogee.Extraction.Text;

namespace Apogee.Extraction.Attribution;

/// <summary>
/// Sentence-level attribution: the party named nearest a speech cue ("said", "according to") speaks for the
/// sentence; "It added ..." and uncued sentences right after an attributed one in the same paragraph carry it over;
/// otherwise the document's default voice (the reporter, or the state agency that wrote it).
/// </summary>
public sealed class SourceAttributor : ISourceAttributor
{
    private static readonly (string Group, string Source)[] Groups =
    [
        ("media", Vocabulary.Sources.Media), ("China", Vocabulary.Sources.China), ("Russia", Vocabulary.Sources.Russia),
        ("NorthKorea", Vocabulary.Sources.NorthKorea), ("SouthKorea", Vocabulary.Sources.SouthKorea),
        ("Japan", Vocabulary.Sources.Japan), ("UnitedStates", Vocabulary.Sources.UnitedStates),
    ];

    public IReadOnlyList<Attribution> Attribute(IReadOnlyList<Sentence> sentences, string defaultSource)
    {
        var result = new List<Attribution>(sentences.Count);
        Attribution? previous = null;
        var previousParagraph = -1;
        foreach (var s in sentences)
        {
            var own = Explicit(s.Text);
            Attribution a;
            if (own is not null)
            {
                a = own;
            }
            else if (previous is { Explicit: true } && (ExtractionPatterns.CarryOverLead().IsMatch(s.Text) || s.Paragraph == previousParagraph))
            {
                a = previous;
            }
            else
            {
                a = new Attribution(defaultSource, null, false);
            }

            result.Add(a);
            previous = a;
            previousParagraph = s.Paragraph;
        }

        return result;
    }

    /// <summary>The party a sentence names as its source, or null when it has no speech cue.</summary>
    public static Attribution? Explicit(string sentence)
    {
        var cues = ExtractionPatterns.SpeechCue().Matches(sentence);
        if (cues.Count == 0) return null;
        Attribution? best = null;
        var bestDistance = int.MaxValue;
        foreach (var m in PartyMentions.Find(sentence))
        {
            var source = SourceOf(m);
            if (source is null || IsAgent(sentence, m)) continue;
            foreach (Match c in cues)
            {
                var distance = m.Index >= c.Index + c.Length ? m.Index - (c.Index + c.Length)
                    : c.Index >= m.Index + m.Length ? c.Index - (m.Index + m.Length) : 0;
                if (ExtractionPatterns.PerceptionCue().IsMatch(c.Value)) distance += 25;

                // The launching side named as the actor ("North Korea fired ...") is rarely who speaks.
                if (source == Vocabulary.Sources.NorthKorea && m.Index == 0 && !IsSpeakerVerbNext(sentence, m)) distance += 200;
                else if (ExtractionPatterns.LaunchVerbAfterParty().IsMatch(sentence[(m.Index + m.Length)..])) distance += 200;
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = new Attribution(source, m.Value, true);
                }
            }
        }

        return best;
    }

    /// <summary>Parties that speak in the sentence (named within a few words of a speech cue), with where they are named.</summary>
    public static IReadOnlyList<(Attribution Attribution, int At)> Speakers(string sentence)
    {
        var cues = ExtractionPatterns.SpeechCue().Matches(sentence);
        if (cues.Count == 0) return [];
        var found = new List<(Attribution, int)>();
        foreach (var m in PartyMentions.Find(sentence))
        {
            if (SourceOf(m) is not { } source || IsAgent(sentence, m) || ExtractionPatterns.LaunchVerbAfterParty().IsMatch(sentence[(m.Index + m.Length)..])) continue;
            var near = cues.Any(c => Math.Abs(c.Index - (m.Index + m.Length)) <= 30 || Math.Abs(m.Index - (c.Index + c.Length)) <= 30);
            if (near) found.Add((new Attribution(source, m.Value, true), m.Index));
        }

        return found.Select(f => f.Item1.Source).Distinct().Count() > 1 ? found : [];
    }

    /// <summary>"the projectile fired by the North": the party does, it does not say.</summary>
    private static bool IsAgent(string sentence, Match m) => ExtractionPatterns.AgentBefore().IsMatch(sentence[..m.Index]);

    private static bool IsSpeakerVerbNext(string sentence, Match m)
    {
        var rest = sentence[(m.Index + m.Length)..].TrimStart();
        return rest.StartsWith("said", StringComparison.Ordinal) || rest.StartsWith("says", StringComparison.Ordinal)
            || rest.StartsWith("announced", StringComparison.Ordinal) || rest.StartsWith("claimed", StringComparison.Ordinal)
            || rest.StartsWith("reported", StringComparison.Ordinal);
    }

    private static string? SourceOf(Match m)
    {
        foreach (var (group, source) in Groups)
        {
            if (m.Groups[group].Success) return source;
        }

        return null;
    }
}
