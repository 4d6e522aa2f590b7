using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>Patterns that tell a class word about the launched thing from one about an aim, a denial or a programme.</summary>
internal static partial class ExtractionPatterns
{
    /// <summary>
    /// Before a class word, in its clause: a denial, an aim or a defence ("was not an intercontinental ballistic
    /// missile", "working to develop a reliable ICBM", "its quest to build a nuclear-capable ICBM", "before we can
    /// consider it an ICBM", "anti-ballistic missile drill", "half or a third of an ICBM"; not "intercepted a ballistic missile": what was shot down was
    /// launched). A launch verb in between ("despite efforts, it fired an
    /// ICBM") ends the cue's reach. Matched against the last 80 characters before the word.
    /// </summary>
    [GeneratedRegex("\\b(?:not|never|rather than|instead of|other than|unlike|develop(?!ed)\\w*|build\\w*|pursu\\w*|quest|ambitions?|acquir\\w*|efforts?|bid|aims?|goal|towards?|intercept(?!ed\\b)\\w*|against|consider|master\\w*|perfect\\w*|defen[cs]es? against|defend\\w* against|anti(?!-?(?:ship|surface|warship|vessel))|(?:half|third|part|stage|step|precursor) of)\\b(?:(?!\\b(?:fired|launched|tested|test-fired|test-fire|test-firing|test-launched|flew|fires|launches|conducted|carried out|staged)\\b)[^,;.:\u2014]){0,70}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
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

    /// <summary>What makes a plural class word particular: a number, a determiner, a launch verb ("two ICBMs", "the SRBMs", "its SLBMs", "fired SRBMs").</summary>
    [GeneratedRegex("\\b(?:the|these|those|its|their|his|two|three|four|five|six|seven|eight|nine|ten|several|multiple|\\d+|both|more|of|fired|fires|launched|launches|test-fired|test-launched|firing|launching)\\s+(?:[\\w-]+\\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex ParticularBefore();

    /// <summary>
    /// A clause that turns to an earlier launch inside a sentence: "since it tested ...", "since North Korea last fired",
    /// "its last / previous / prior ... test". Class words after it are that launch's.
    /// </summary>
    [GeneratedRegex("\\b(?:since\\s+(?:it|the North|North Korea|Pyongyang)\\s+(?:last\\s+|first\\s+|previously\\s+)?(?:fired|launched|tested|test-fired|test-launched|conducted)|(?:its|their|the North['\u2019]s|North Korea['\u2019]s|Pyongyang['\u2019]s)\\s+(?:last|previous|prior)\\s+(?=(?:[\\w-]+\\s+){0,3}?(?:test|launch|firing)))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex EarlierLaunchInSentence();

    /// <summary>
    /// The launch told as a noun owned by the launching side: "after the regime's test of an intercontinental ballistic
    /// missile", "condemned North Korea's latest ICBM test", "Pyongyang's intercontinental ballistic missile launch", "its
    /// test-firing of a new IRBM". The owner makes it a launch that happened; not one planned or feared ("North Korea's
    /// next ICBM test", "its planned launch"), nor a place or a programme ("its launch site", "test ban").
    /// </summary>
    [GeneratedRegex("(?:(?:North Korea|Pyongyang|the North|DPRK|N\\. Korea|the regime|Kim Jong[ -]Un|Kim)['\u2019]s|\\bits|\\btheir)\\s+(?:(?!(?:next|planned|upcoming|possible|expected|future|potential|anticipated|feared|threatened|proposed|another)\\b)[\\w-]+\\s+){0,4}?(?:test|launch|firing|test-fire|test-firing|test-launch)\\b(?!\\s+(?:sites?|pads?|facilit\\w*|preparations?|plans?|programs?|programmes?|ban|moratorium|capabilit\\w*|vehicles?|centers?|centres?|grounds?))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex OwnedLaunchOf();

    /// <summary>
    /// Before a class word: a question about it ("still analysing whether it was an ICBM", "unclear if it was a ballistic
    /// missile or a cruise missile"). Matched against the last 60 characters before the word.
    /// </summary>
    [GeneratedRegex("\\b(?:whether|(?:unclear|not clear|uncertain|unknown) if)\\b[^.;:]{0,58}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex ClassWordQuestioned();

    /// <summary>
    /// After "satellite(s)": a picture or a service, not a launched payload ("satellite imagery showed", "satellite
    /// photos", "satellite communications").
    /// </summary>
    [GeneratedRegex("^s?\\s+(?:imagery|images?|photos?|photographs?|pictures?|data|communications?|phones?|television|TV|navigation|footage|analysis)\\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex SatelliteServiceAfter();

    /// <summary>
    /// Before "satellite(s)": the satellites watched the launch ("tracked by U.S. early-warning satellites", "detected by
    /// South Korean and U.S. intelligence satellites"); not the launch's own means ("by launching a rocket carrying a
    /// satellite"). Matched against the last 60 characters.
    /// </summary>
    [GeneratedRegex("\\b(?:by|using|via|through)\\s+(?:(?!(?:launching|carrying|putting|placing|sending|rockets?|carriers?|vehicles?)\\b)[\\w.'\u2019-]+\\s+){0,6}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex SatelliteWatchesBefore();

    /// <summary>
    /// A sentence telling what the launched thing carried ("The North said it carried an earth observation satellite",
    /// "the rocket put a satellite into orbit"), or the payload's ride ("the radar satellite was carried into space on
    /// Japan's H-2A rocket", "was lifted into orbit aboard a Long March"): it describes the launched thing.
    /// </summary>
    [GeneratedRegex("\\b(?:it|the (?:[\\w-]+\\s+){0,2}?(?:rocket|launch vehicle|carrier))\\s+(?:(?:had|has|successfully)\\s+){0,2}(?:carried|carries|was carrying|put|placed|sent|delivered|lofted|inserted)\\b|\\b(?:was|were)\\s+(?:carried|lifted|launched|put|placed|sent|boosted|lofted)\\s+(?:in)?to\\s+(?:space|orbit)\\s+(?:on|aboard|atop|by)\\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex PayloadCarried();
}
