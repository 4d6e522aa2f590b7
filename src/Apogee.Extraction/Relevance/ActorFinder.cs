using System.Text.RegularExpressions;
using Apogee.Extraction.Text;

namespace Apogee.Extraction.Relevance;

/// <summary>
/// Who launched, read off the primary sentence: the party at the launch noun ("North Korean missile launch", "the
/// launch by the DPRK", "the missile launched by Pyongyang"), else the subject of the launch verb: North Korea when it is named in the launch's own clause
/// (reports of its launches quote other countries first: "Japan said North Korea fired ..."), else the other party
/// nearest before the verb that does not only speak or watch ("South Korea's military said Iran launched ..." is Iran's
/// launch; "Japan said a missile was launched" is not Japan's), unless it answers the North's launch; else where the launch
/// came from ("launched from North Korea"), else the country of a launch system or site named ("Minuteman III",
/// "Tanegashima"), else North Korea.
/// </summary>
public static class ActorFinder
{
    public const string NorthKorea = "North Korea";

    /// <param name="primary">The primary sentence.</param>
    /// <param name="opening">The story's first sentence (its headline) when it is not the primary one: where the primary
    /// sentence names no launcher at all ("The Noor satellite was put into orbit by a Qased carrier"), the launch system,
    /// agency or site it names ("Iran's Revolutionary Guards launch first military satellite") is the next evidence before
    /// the default.</param>
    public static string Find(string primary, string? opening = null)
    {
        ArgumentNullException.ThrowIfNull(primary);
        var cut = primary.Length;
        var selfReported = false;
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
            // "South Korea's military said it had test-fired ...": the speaker launched; "said it detected" only watched.
            selfReported = ExtractionPatterns.PronounBeforeVerb().IsMatch(primary.AsSpan(0, cut)) && !ExtractionPatterns.WatchVerb().IsMatch(verb.Value);
        }

        var head = primary[..cut];
        var opener = ExtractionPatterns.ClauseOpener().Matches(head).LastOrDefault();
        var clause = opener is null ? head : head[opener.Index..];
        foreach (var part in new[] { clause, head })
        {
            if (ExtractionPatterns.NorthKoreaActor().IsMatch(part)) return NorthKorea;
            if (Launcher(primary, part, head.Length - part.Length, selfReported) is { } other)
            {
                // "South Korea and the U.S. fired eight missiles in response to North Korea's launch": the answer is not the report's launch.
                return ExtractionPatterns.AnswersNorthKorea().IsMatch(primary) ? NorthKorea : Canonical(other.Value);
            }
        }

        // No launcher before the verb: where it came from ("was launched from North Korea"), else the country of a launch
        // system, agency or site the sentence names ("An unarmed Minuteman III was launched from Vandenberg"), else North Korea.
        if (ExtractionPatterns.LaunchOrigin().Match(primary, cut) is { Success: true } origin) return Canonical(origin.Groups["who"].Value);
        // "The Pentagon shot down an ICBM": a missile-defence test, its target and interceptor the tester's own.
        if (ExtractionPatterns.InterceptTest().IsMatch(primary)) return "United States";
        // ("The US military fired two missiles in answer to North Korea's launch": the answer is not the report's launch.)
        if (KnownLauncher(primary) is { } known) return ExtractionPatterns.AnswersNorthKorea().IsMatch(primary) ? NorthKorea : known;
        return opening is not null && !ExtractionPatterns.NorthKoreaActor().IsMatch(opening) && KnownLauncher(opening) is { } headed ? headed : NorthKorea;
    }

    /// <summary>
    /// The last party named in <paramref name="part"/> (which starts at <paramref name="partStart"/> of the sentence) before
    /// the launch verb that does not only speak of or watch the launch ("Japan's defense
    /// ministry said ...", "South Korea detected ..."): the one that launched, or null.
    /// </summary>
    private static Match? Launcher(string sentence, string part, int partStart, bool selfReported) =>
        ExtractionPatterns.OtherActor().Matches(part).LastOrDefault(m => selfReported || !ExtractionPatterns.PartySpeaksAfter().IsMatch(sentence.AsSpan(partStart + m.Index + m.Length)));

    /// <summary>
    /// The country whose launch system, agency or launch site the sentence names first, or null; an agency that only
    /// speaks ("a missile was launched, the U.S. Navy said") names no launcher.
    /// </summary>
    private static string? KnownLauncher(string sentence)
    {
        foreach (Match m in ExtractionPatterns.KnownLauncher().Matches(sentence))
        {
            if (ExtractionPatterns.PartySpeaksAfter().IsMatch(sentence.AsSpan(m.Index + m.Length))) continue;
            foreach (var (group, country) in Countries)
            {
                if (m.Groups[group].Success) return country;
            }
        }

        return null;
    }

    private static readonly (string Group, string Country)[] Countries =
    [
        ("us", "United States"), ("sk", "South Korea"), ("jp", "Japan"), ("ir", "Iran"), ("ru", "Russia"), ("cn", "China"),
        ("in", "India"), ("pk", "Pakistan"), ("ho", "Houthis"),
    ];

    /// <summary>The contract's name of a party as written ("North Korean", "the DPRK", "Iranian", "U.S.").</summary>
    public static string Canonical(string written)
    {
        var w = written.StartsWith("the ", StringComparison.Ordinal) || written.StartsWith("The ", StringComparison.Ordinal) ? written[4..] : written;
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
