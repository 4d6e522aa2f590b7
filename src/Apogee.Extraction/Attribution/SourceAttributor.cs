using System.Text.RegularExpressions;
using Apogee.Core.Model;
using Apogee.Extraction.Sentences;
using Apogee.Extraction.Text;
using Apogee.Knowledge;

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

    private readonly Officeholders? _holders;

    /// <param name="holders">Officeholders who speak for their office's country where no party of the lexicon does; null: none.</param>
    public SourceAttributor(Officeholders? holders = null) => _holders = holders;

    public IReadOnlyList<Attribution> Attribute(IReadOnlyList<Sentence> sentences, string defaultSource)
    {
        // Each sentence's own speaker first (in order: a speaker named again refers back), then what carries over.
        var speakers = new SpeakerMemory(_holders, sentences.Any(s => ExtractionPatterns.PersonsOfficeAnywhere().IsMatch(s.Text)));
        var owns = new Attribution?[sentences.Count];
        for (var i = 0; i < sentences.Count; i++) owns[i] = speakers.Attribute(sentences[i].Text);
        QuotedOn(sentences, owns);

        var result = new List<Attribution>(sentences.Count);
        Attribution? previous = null;
        var previousParagraph = -1;
        var previousSpoke = false;
        foreach (var s in sentences)
        {
            var own = owns[s.Index];
            Attribution a;
            var spoke = false;
            if (own is not null)
            {
                a = own;
                spoke = true;
            }
            else if (previous is { Explicit: true } && ExtractionPatterns.CarryOverLead().IsMatch(s.Text))
            {
                // "It added ...": the same speaker goes on, however long it talks.
                a = previous;
                spoke = true;
            }
            else if (previous is { Explicit: true } && previousSpoke
                && (s.Paragraph == previousParagraph || (s.Paragraph == previousParagraph + 1 && ExtractionPatterns.FlightGoesOn().IsMatch(s.Text))))
            {
                // Wire copy sets each sentence in a paragraph of its own: "The missile flew 1,000 km, the JCS said." / "It
                // reached an altitude of 6,000 km." goes on with the speaker across the break when it goes on about the flight.
                // One uncued sentence right after a cued one in its paragraph goes on with it; a second is the reporter's again.
                a = previous;
            }
            else
            {
                a = new Attribution(defaultSource, null, false);
            }

            result.Add(a);
            previous = a;
            previousSpoke = spoke;
            previousParagraph = s.Paragraph;
        }

        return result;
    }

    /// <summary>
    /// A quotation running over sentences ("“It is assumed to be a Scud. It flew 450 km,” the JCS said."): the
    /// sentences of a quote opened and not closed speak with the sentence of their paragraph that closes it.
    /// </summary>
    private static void QuotedOn(IReadOnlyList<Sentence> sentences, Attribution?[] owns)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (owns[i] is not null || !Quotes.OpensUnclosed(sentences[i].Text)) continue;
            for (var j = i + 1; j < sentences.Count && j <= i + 4 && sentences[j].Paragraph == sentences[i].Paragraph; j++)
            {
                if (!Quotes.Closes(sentences[j].Text)) continue;
                for (var k = i; k < j; k++) owns[k] ??= owns[j];
                i = j;
                break;
            }
        }
    }

    /// <summary>A sentence's speech cues, asked by the attributor and again by the claims' speakers: found once per text.</summary>
    private static readonly RecentResults<IReadOnlyList<Match>> RecentCues = new(Prefiltered.SpeechCue.Matches);

    internal static IReadOnlyList<Match> Cues(string sentence) => RecentCues.Of(sentence);

    /// <summary>The party a sentence names as its source, or null when it has no speech cue.</summary>
    public static Attribution? Explicit(string sentence)
    {
        var cues = Cues(sentence);
        return cues.Count == 0 ? null : Best(sentence, cues, out _, out _);
    }

    /// <summary>The party nearest a cue it can be the speaker of, with that party's mention and the cue.</summary>
    internal static Attribution? Best(string sentence, IReadOnlyList<Match> cues, out Match? party, out Match? cue)
    {
        Attribution? best = null;
        party = cue = null;
        var bestDistance = int.MaxValue;
        foreach (var m in PartyMentions.Find(sentence))
        {
            var source = SourceOf(m);
            if (source is null || IsAgent(sentence, m)) continue;
            foreach (Match c in cues)
            {
                if (Reach(sentence, m, c) is not { } distance) continue;
                if (ExtractionPatterns.PerceptionCue().IsMatch(c.Value)) distance += 25;

                // "Yonhap reported, citing the JCS", "Citing KCNA, Yonhap said": the party cited is where the words come from.
                if (Relayed(m, c, distance)) distance -= RelayPreference;

                // The launching side named as the actor ("North Korea fired ...", "after Pyongyang lobbed ...") does, it does not say.
                // Its news organs ("KCNA, as quoted by Yonhap, said") only ever speak.
                if (source == Vocabulary.Sources.NorthKorea && m.Index == 0 && !IsSpeakerVerbNext(sentence, m) && !ExtractionPatterns.NewsOrgan().IsMatch(m.Value)) continue;
                if (ExtractionPatterns.LaunchVerbAfterParty().IsMatch(After(sentence, m.Index + m.Length))) continue;
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = new Attribution(source, m.Value, true);
                    (party, cue) = (m, c);
                }
            }
        }

        return best;
    }

    /// <summary>Parties that speak in the sentence (named within a few words of a speech cue), with where they are named.</summary>
    public static IReadOnlyList<(Attribution Attribution, int At)> Speakers(string sentence)
    {
        var cues = Cues(sentence);
        if (cues.Count == 0) return [];
        var found = new List<(Attribution, int)>();
        foreach (var m in PartyMentions.Find(sentence))
        {
            if (SourceOf(m) is not { } source || IsAgent(sentence, m) || ExtractionPatterns.LaunchVerbAfterParty().IsMatch(After(sentence, m.Index + m.Length))) continue;
            if (ExtractionPatterns.PossessedZone().IsMatch(After(sentence, m.Index + m.Length))) continue;
            var near = cues.Any(c => Reach(sentence, m, c) is <= 30);
            if (near) found.Add((new Attribution(source, m.Value, true), m.Index));
        }

        // A party cited by another ("Citing KCNA, Yonhap said ...") is the one voice of the sentence, not one of two.
        if (found.Count > 1 && cues.Any(c => ExtractionPatterns.RelayCue().IsMatch(c.Value) && found.Any(f => f.Item2 > c.Index && f.Item2 - c.Index - c.Length <= RelayReach))) return [];
        return found.Select(f => f.Item1.Source).Distinct().Count() > 1 ? found : [];
    }

    /// <summary>How far after "citing"/"quoting" the party it cites may stand ("citing a senior official of the JCS").</summary>
    private const int RelayReach = 40;

    /// <summary>Taken off a cited party's distance so that it wins over the outlet that relays it.</summary>
    private const int RelayPreference = 1000;

    private static bool Relayed(Match party, Match cue, int distance) =>
        party.Index >= cue.Index + cue.Length && distance <= RelayReach && ExtractionPatterns.RelayCue().IsMatch(cue.Value);

    /// <summary>
    /// How far a party stands from a cue it can be the speaker of, or null when it cannot: a verb cue's speaker is its
    /// subject, before it ("the JCS said"), or after it only when inverted ("..., said the JCS"; "reported by KCNA"):
    /// in "the JCS said North Korea fired" North Korea is what is said, not who says it. "according to" and "citing"
    /// name their speaker after them. A speaker outside the lexicon right before the cue ("she said", "analysts say")
    /// owns it. A subject far before its cue (past <see cref="SubjectReach"/> characters) is no longer taken for it.
    /// </summary>
    private static int? Reach(string sentence, Match party, Match cue)
    {
        var partyEnd = party.Index + party.Length;
        var cueEnd = cue.Index + cue.Length;
        if (party.Index < cueEnd && cue.Index < partyEnd) return 0;
        var forward = ExtractionPatterns.ForwardCue().IsMatch(cue.Value);
        var either = ExtractionPatterns.EitherWayCue().IsMatch(cue.Value);
        if (party.Index >= cueEnd)
        {
            var after = party.Index - cueEnd;
            if (forward || either) return after;
            var inverted = ExtractionPatterns.InvertedCueBefore().IsMatch(Before(sentence, cue.Index)) || ExtractionPatterns.PassiveByAfter().IsMatch(After(sentence, cueEnd));
            return inverted && after <= SubjectReach ? after : null;
        }

        if (forward) return null;
        var gap = cue.Index - partyEnd;
        if (gap > SubjectReach && !either) return null;

        // A closing quote between them: the party is inside the quoted words ("“... from Pyongyang,” the JCS said").
        var between = sentence.AsSpan(partyEnd, gap);
        if (between.IndexOfAny(ClosingQuotes) >= 0) return null;
        var near = between.Length > Window ? between[^Window..] : between;
        return ExtractionPatterns.OtherSpeakerBefore().IsMatch(near) || ExtractionPatterns.UnnamedOfficialsBefore().IsMatch(near) ? null : gap;
    }

    /// <summary>
    /// The text the cue and party patterns look at around a position: they are anchored there ("...$" before, "^..."
    /// after) and match a few words, so a bounded window gives the same answer without copying or scanning the whole
    /// sentence for every party and cue (a sentence can be a whole unpunctuated page).
    /// </summary>
    private const int Window = 160;

    internal static ReadOnlySpan<char> Before(string s, int end) => s.AsSpan(Math.Max(0, end - Window), Math.Min(end, Window));

    internal static ReadOnlySpan<char> After(string s, int start) => s.AsSpan(start, Math.Min(s.Length - start, Window));

    private static readonly System.Buffers.SearchValues<char> ClosingQuotes = System.Buffers.SearchValues.Create("\u201d\"");

    /// <summary>How far before its verb a subject may stand ("South Korea's military, which ..., said"): a long clause.</summary>
    private const int SubjectReach = 90;

    /// <summary>
    /// "the projectile fired by the North": the party does, it does not say; nor does the owner of a place ("the North's
    /// city of Wonsan").
    /// </summary>
    private static bool IsAgent(string sentence, Match m)
    {
        if (ExtractionPatterns.PossessedPlace().IsMatch(After(sentence, m.Index + m.Length))) return true;

        // "flew over Japan", "toward Japan", "the Sea of Japan": a place or a target, not a speaker.
        if (Prefiltered.PlaceBeforeParty.IsMatch(Before(sentence, m.Index))) return true;

        // "KCNA, as quoted by Yonhap, said": the outlet that passes the words on is not the one who says them.
        if (ExtractionPatterns.RelayBeforeParty().IsMatch(Before(sentence, m.Index))) return true;
        return ExtractionPatterns.AgentBefore().IsMatch(Before(sentence, m.Index));
    }

    private static bool IsSpeakerVerbNext(string sentence, Match m)
    {
        // "North Korea later claimed", "Pyongyang has said": an adverb or auxiliary may stand between.
        return ExtractionPatterns.SpeakerVerbNext().IsMatch(sentence.AsSpan(m.Index + m.Length));
    }

    /// <summary>The contract source a party mention of the lexicon stands for, or null.</summary>
    internal static string? SourceOfMention(Match m) => SourceOf(m);

    private static string? SourceOf(Match m)
    {
        foreach (var (group, source) in Groups)
        {
            if (m.Groups[group].Success) return source;
        }

        return null;
    }
}
