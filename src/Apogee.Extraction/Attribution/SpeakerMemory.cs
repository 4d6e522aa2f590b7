using System.Text.RegularExpressions;
using Apogee.Core.Model;
using Apogee.Extraction.Text;
using Apogee.Knowledge;

namespace Apogee.Extraction.Attribution;

/// <summary>
/// One document's speakers, read in order, so that a speaker named again is the one named before: "he said" is the
/// last speaker's, "the official said" / "said the statement" the last party's, "Roh said" the party Roh was named
/// for ("the JCS spokesman Roh Jae-cheon said"). A surname named for two parties, or a speaker outside the lexicon
/// ("said Kim, an analyst"), resolves to nobody: the sentence is then the reporter's as before. "his office said" /
/// "her spokesman said" is the last person's named with a party or an office ("Prime Minister Fumio Kishida condemned
/// the launch. ... his office said"), also where that person did not speak.
/// </summary>
internal sealed class SpeakerMemory
{
    private readonly Dictionary<string, Attribution?> _names = new(StringComparer.Ordinal);
    private readonly Officeholders? _holders;
    private Attribution? _lastParty;
    private Attribution? _lastSpeaker;
    private Attribution? _lastPerson;

    private readonly bool _tracksPersons;

    /// <param name="holders">Officeholders who speak for their office's country; null: none.</param>
    /// <param name="tracksPersons">Whether the document names a person's office ("his office said") anywhere: only then
    /// are the persons of every sentence looked up (the lookup is the costly part).</param>
    public SpeakerMemory(Officeholders? holders = null, bool tracksPersons = true)
    {
        _holders = holders;
        _tracksPersons = tracksPersons;
    }

    /// <summary>The sentence's own speaker: a party of the lexicon at a cue, else one named again; null when none.</summary>
    public Attribution? Attribute(string sentence)
    {
        var own = Own(sentence);
        if (_tracksPersons && Person(sentence) is { } person) _lastPerson = person;
        return own;
    }

    private Attribution? Own(string sentence)
    {
        var cues = SourceAttributor.Cues(sentence);
        if (cues.Count == 0) return null;
        var own = SourceAttributor.Best(sentence, cues, out var party, out var cue);
        if (own is not null && party is not null && cue is not null)
        {
            Remember(sentence, party, cue, own);
            _lastParty = _lastSpeaker = own;
            return own;
        }

        // "Defense Minister Yasukazu Hamada said": an officeholder outside the lexicon speaks for the office's country.
        if (_holders is not null && OfficeholderSpeaker.Find(sentence, cues, _holders) is var (holder, mention))
        {
            foreach (Match w in ExtractionPatterns.NameWord().Matches(mention.Surface)) Name(w.Value, holder);
            _lastParty = _lastSpeaker = holder;
            return holder;
        }

        var again = NamedAgain(sentence, cues);
        _lastSpeaker = again;
        return again;
    }

    /// <summary>
    /// The last person a sentence names with the country they serve: a listed officeholder, else a party's word with a
    /// title after it ("South Korean President", "Japan's Defense Minister"). Null when it names nobody so.
    /// </summary>
    private Attribution? Person(string sentence)
    {
        if (_holders is not null && OfficeholderSpeaker.LastNamed(sentence, _holders) is { } holder) return holder;
        Attribution? last = null;
        foreach (var m in PartyMentions.Find(sentence))
        {
            if (SourceAttributor.SourceOfMention(m) is { } source
                && (EndsInTitle(m.Value) || ExtractionPatterns.PersonTitleAfterParty().IsMatch(SourceAttributor.After(sentence, m.Index + m.Length))))
            {
                last = new Attribution(source, m.Value, true);
            }
        }

        return last;
    }

    private static bool EndsInTitle(string party) =>
        party.EndsWith("President", StringComparison.Ordinal) || party.EndsWith("Minister", StringComparison.Ordinal)
        || party.EndsWith("Secretary", StringComparison.Ordinal) || party.EndsWith("Premier", StringComparison.Ordinal);

    /// <summary>
    /// The capitalised words of a speaking party's mention and between it and its cue name its person ("Defense Minister
    /// Taro Yamada told", "spokesman Roh Jae-cheon said", "said Cmdr. Dave Benham, a spokesman for ...").
    /// </summary>
    private void Remember(string sentence, Match party, Match cue, Attribution who)
    {
        var from = Math.Min(party.Index, cue.Index + cue.Length);
        var to = Math.Max(party.Index + party.Length, cue.Index);
        if (to <= from) return;
        foreach (Match w in ExtractionPatterns.NameWord().Matches(sentence, from))
        {
            if (w.Index >= to) break;
            Name(w.Value, who);
        }
    }

    /// <summary>A name word stands for its speaker's party; named for two parties, for nobody.</summary>
    private void Name(string word, Attribution who) =>
        _names[word] = _names.TryGetValue(word, out var known) && known is not null && known.Source != who.Source ? null : who;

    private Attribution? NamedAgain(string sentence, IReadOnlyList<Match> cues)
    {
        if (ExtractionPatterns.AnaphoricSubject().IsMatch(sentence) && _lastParty is not null) return _lastParty;
        foreach (Match c in cues)
        {
            if (ExtractionPatterns.ForwardCue().IsMatch(c.Value)) continue;
            var before = SourceAttributor.Before(sentence, c.Index);
            if (Resolve(ExtractionPatterns.AnaphoricSpeakerBefore().Match(before.ToString())) is { } who) return who;
            if (ExtractionPatterns.InvertedCueBefore().IsMatch(before)
                && Resolve(ExtractionPatterns.AnaphoricSpeakerAfter().Match(SourceAttributor.After(sentence, c.Index + c.Length).ToString())) is { } after) return after;
        }

        return null;
    }

    private Attribution? Resolve(Match m)
    {
        if (!m.Success) return null;
        if (m.Groups["poss"].Success) return _lastPerson;
        if (m.Groups["pron"].Success) return _lastSpeaker;
        if (m.Groups["desc"].Success) return _lastParty;
        return _names.GetValueOrDefault(m.Groups["name"].Value);
    }
}
