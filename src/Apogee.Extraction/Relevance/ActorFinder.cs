using System.Text.RegularExpressions;
using Apogee.Extraction.Text;

namespace Apogee.Extraction.Relevance;

/// <summary>
/// Who launched, read off the primary sentence: the party at the launch noun ("North Korean missile launch", "the
/// launch by the DPRK", "the missile launched by Pyongyang"), else the subject of the launch verb: North Korea when it is named in the launch's own clause
/// (reports of its launches quote other countries first: "Japan said North Korea fired ..."), else the other party
/// nearest before the verb ("South Korea's military said Iran launched ..." is Iran's launch), else North Korea.
/// </summary>
public static class ActorFinder
{
    public const string NorthKorea = "North Korea";

    public static string Find(string primary)
    {
        ArgumentNullException.ThrowIfNull(primary);
        var cut = primary.Length;
        if (!LaunchLanguage.TellsOfActualLaunch(primary) && LaunchLanguage.NominalLaunch(primary) is { } noun)
        {
            var after = ExtractionPatterns.ActorAfterNoun().Match(primary[(noun.Index + noun.Length)..]);
            if (after.Success) return Canonical(after.Groups["who"].Value);
            var from = Math.Max(0, noun.Index - 120);
            var before = ExtractionPatterns.ActorBeforeNoun().Match(primary[from..noun.Index]);
            if (before.Success) return Canonical(before.Groups["who"].Value);
            cut = noun.Index;
        }
        else if (LaunchVerbs.First(primary) is { Success: true } verb)
        {
            // "the missile launched by Pyongyang": the agent after a passive verb.
            var agent = ExtractionPatterns.ActorAfterNoun().Match(primary[(verb.Index + verb.Length)..]);
            if (agent.Success) return Canonical(agent.Groups["who"].Value);
            cut = verb.Index;
        }

        var head = primary[..cut];
        var opener = ExtractionPatterns.ClauseOpener().Matches(head).LastOrDefault();
        var clause = opener is null ? head : head[opener.Index..];
        foreach (var part in new[] { clause, head })
        {
            if (ExtractionPatterns.NorthKoreaActor().IsMatch(part)) return NorthKorea;
            if (ExtractionPatterns.OtherActor().Matches(part).LastOrDefault() is { } other) return Canonical(other.Value);
        }

        return NorthKorea;
    }

    /// <summary>The contract's name of a party as written ("North Korean", "the DPRK", "Iranian", "U.S.").</summary>
    public static string Canonical(string written)
    {
        var w = written.StartsWith("the ", StringComparison.Ordinal) ? written[4..] : written;
        if (ExtractionPatterns.NorthKoreaActor().IsMatch(written) || w.StartsWith("North", StringComparison.Ordinal) || w.StartsWith("N. Korea", StringComparison.Ordinal)
            || w is "DPRK" or "Pyongyang" || w.StartsWith("Democratic People", StringComparison.Ordinal))
        {
            return NorthKorea;
        }

        return w switch
        {
            "Iranian" => "Iran",
            "Russian" => "Russia",
            "Chinese" => "China",
            "South Korean" or "Seoul" => "South Korea",
            "Japanese" or "Tokyo" => "Japan",
            "Pakistani" => "Pakistan",
            "Indian" => "India",
            "Israeli" => "Israel",
            "United States" or "U.S." or "U.S" or "US" or "American" => "United States",
            _ when w.StartsWith("Houthi", StringComparison.Ordinal) || w.StartsWith("Yemen", StringComparison.Ordinal) => "Houthis",
            _ => w,
        };
    }
}
