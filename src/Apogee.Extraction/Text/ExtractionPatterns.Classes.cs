using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>Patterns that tell a class word about the launched thing from one about an aim, a denial or a programme.</summary>
internal static partial class ExtractionPatterns
{
    /// <summary>
    /// Before a class word, in its clause: a denial, an aim or a defence ("was not an intercontinental ballistic
    /// missile", "working to develop a reliable ICBM", "its quest to build a nuclear-capable ICBM", "before we can
    /// consider it an ICBM", "anti-ballistic missile drill", "half or a third of an ICBM"). A launch verb in between ("despite efforts, it fired an
    /// ICBM") ends the cue's reach. Matched against the last 80 characters before the word.
    /// </summary>
    [GeneratedRegex("\\b(?:not|never|rather than|instead of|other than|unlike|develop(?!ed)\\w*|build\\w*|pursu\\w*|quest|ambitions?|acquir\\w*|efforts?|bid|aims?|goal|towards?|intercept\\w*|against|consider|master\\w*|perfect\\w*|defen[cs]es? against|defend\\w* against|anti(?!-?(?:ship|surface|warship|vessel))|(?:half|third|part|stage|step|precursor) of)\\b(?:(?!\\b(?:fired|launched|tested|test-fired|test-fire|test-firing|test-launched|flew|fires|launches|conducted|carried out|staged)\\b)[^,;.:\u2014]){0,70}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex ClassCueBefore();

    /// <summary>
    /// After a class word: what it qualifies is a programme, a part or a defence, not the launched thing ("ballistic
    /// missile programs", "ICBM ambitions", "ICBM subsystems", "nuclear and ballistic missile tests", "the SLBM it is
    /// developing").
    /// </summary>
    [GeneratedRegex("^\\S{0,3}\\s*(?:(?:ballistic|cruise|missiles?|rockets?|missile-related)\\s+){0,2}(?:\\(\\w+\\)\\s*)?(?:programs?|programmes?|technolog\\w*|ambitions?|capabilit\\w*|development|subsystems?|engines?|warheads?|arsenals?|tests|launches|research|defen[cs]es?|interceptors?|shield|parts|components|designs?|(?:that |which )?(?:it|they|the North|Pyongyang|North Korea) (?:is|are|has been|have been|was) (?:developing|building|working on|designing))\\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex ClassCueAfter();

    /// <summary>A bare plural class acronym is the kind, not the launched thing: "pointing out that ICBMs are built in stages".</summary>
    [GeneratedRegex("^(?:ICBM|SLBM|SRBM|IRBM|MRBM)s$", RegexOptions.CultureInvariant)]
    internal static partial Regex PluralClassAcronym();

    /// <summary>What makes a plural class word particular: a number, a determiner ("two ICBMs", "the SRBMs", "its SLBMs").</summary>
    [GeneratedRegex("\\b(?:the|these|those|its|their|his|two|three|four|five|six|seven|eight|nine|ten|several|multiple|\\d+|both|more|of)\\s+(?:[\\w-]+\\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex ParticularBefore();
}
