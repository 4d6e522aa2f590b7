using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>
/// Patterns that date a launch in phrasings of tools/date-probes part G (issue #11, branch dates4): dates of events
/// after the launch (what a report without a publication day is bounded by from above), a statement's day with the
/// launch as its object, "a day after Japan reported the launch", the weekend launch, overnight launches.
/// </summary>
internal static partial class ExtractionPatterns
{
    /// <summary>
    /// Before a date, an event set after the launch: "a day before the Nov. 5, 2024, election", "days before Yoon's
    /// visit to Washington on April 24", "ahead of the summit on", "on the eve of the Oct. 10 anniversary". Matched
    /// against the words before the date (anchored at the end, bounded, no clause break).
    /// </summary>
    [GeneratedRegex("(?:\\b(?:days?|hours?|weeks?|months?)\\s+(?:before|ahead of)\\b|\\b(?:before|ahead of|on the eve of|in the run-up to)\\s+(?:its|the|their|his|her|a|an|this|next)\\b)[^,;()]{0,60}$", I)]
    internal static partial Regex LaterEventBeforeDay();

    /// <summary>
    /// After a meeting's or statement's date, the launch as what it answered: "met on Nov. 4, 2022, to discuss the
    /// launch", "a statement on Nov. 4 condemning the test". That event came after the launch.
    /// </summary>
    [GeneratedRegex("^[^.;]{0,40}?\\b(?:to discuss|to condemn|condemning|denouncing|over|about|on|in response to|after|following)\\s+(?:the|this|that|its|Pyongyang's|North Korea's|the North's)\\s+(?:[\\w-]+\\s+){0,2}?(?:launch|launches|test|tests|firing)\\b", I)]
    internal static partial Regex ReactionToTheLaunchAfter();

    /// <summary>
    /// A launch word that names the launch as a thing (the object of "condemned the launch", "disclosed the test"),
    /// not a verb telling it ("fired", "launched"). Matched against a whole telling word.
    /// </summary>
    [GeneratedRegex("^(?:launch|launches|test|tests|firing|missiles?|rockets?|projectiles?|ICBMs?|SLBMs?|IRBMs?|SRBMs?|satellites?|salvo|barrage|provocation|liftoff|blast-off)$", I)]
    internal static partial Regex LaunchNounWord();

    /// <summary>Between a statement verb and the launch noun it governs: "confirmed the test", "condemned North Korea's latest missile launch".</summary>
    [GeneratedRegex("^\\s+(?:the|its|this|that|Pyongyang's|North Korea's|the North's|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's)(?:\\s+(?:latest|new|recent|missile|rocket|ballistic|apparent|attempted|failed|reported|suspected))*\\s+$", I)]
    internal static partial Regex GovernedLaunchNoun();

    /// <summary>
    /// After a statement's day, the launch set one day before it: "confirmed on Friday ..., a day after South Korea and
    /// Japan detected the launch", "one day after Seoul reported it", "a day after the launch".
    /// </summary>
    [GeneratedRegex("\\b(?:a|one) day after (?:the (?:launch|test|firing)\\b|(?:[\\w'’.-]+\\s+){0,6}?(?:reported|detected|announced|disclosed|spotted|confirmed|tracked)\\s+(?:the|it\\b|its\\b))", I)]
    internal static partial Regex DayAfterTheLaunchWasReported();

    /// <summary>"the weekend launch", "the weekend's test", "a weekend firing": a launch of last Saturday or Sunday.</summary>
    [GeneratedRegex("\\bweekend(?:['’]s)?(?=\\s+(?:(?:missile|rocket|ballistic|ICBM)\\s+)?(?:launch|launches|test|tests|firing|firings)\\b)", I)]
    internal static partial Regex WeekendLaunch();

    /// <summary>"overnight Wednesday", "overnight on Wednesday": the night from that day into the next.</summary>
    [GeneratedRegex("\\bovernight\\s+(?:on\\s+)?(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b", I)]
    internal static partial Regex OvernightDay();

    /// <summary>
    /// A verb that passes on the news of the launch, with the launch as its object ("Pyongyang confirmed the test on
    /// Friday", "KCNA reported the launch on Friday", "Tokyo disclosed the launch on Thursday"): the day is the verb's.
    /// A reaction's ("The Security Council condemned the launch on Monday") stays the launch's, as the words read.
    /// Matched against a whole word.
    /// </summary>
    [GeneratedRegex("^(?:confirmed|confirm|confirms|disclosed|reported|reports|announced|announces)$", I)]
    internal static partial Regex ReportingVerb();

    /// <summary>
    /// A verb of reaction or report whose object is the launch ("Kishida condemned the launch, hours after North Korea
    /// fired ..."): such a clause names the launch but does not tell it. Not "said" and its kin, whose "the missile ..."
    /// opens a clause of its own. Matched against a whole word.
    /// </summary>
    [GeneratedRegex("^(?:condemned|condemns|denounced|protested|confirmed|confirm|confirms|disclosed|reported|reports|announced|announces|criticised|criticized|slammed|hailed|praised|dismissed|downplayed|blamed|rejected)$", I)]
    internal static partial Regex ReactionVerb();

    /// <summary>
    /// The launch named as a noun with its own day ("The launch on Thursday came as ...", "the test on Wednesday was a
    /// legitimate act", "Pyongyang confirmed the test on Friday"): as "Thursday's launch", it reports a launch that
    /// happened. Not a nuclear or engine test (no such word may stand between determiner and noun, nor "of ... engine" after).
    /// </summary>
    [GeneratedRegex("\\b(?:the|its|this|Pyongyang's|North Korea's|the North's)\\s+(?:(?:latest|new|missile|rocket|ICBM)\\s+)?(?:launch|test|test-launch|test-firing|firing)\\s+(?:on\\s+)?(?:early\\s+|late\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b(?!['’]s)(?!\\s+of\\s+(?:an?\\s+|the\\s+|its\\s+)?(?:[\\w-]+\\s+){0,3}?(?:engines?|motors?|devices?|bombs?|warheads?)\\b)", I)]
    internal static partial Regex DatedLaunchNoun();

    /// <summary>
    /// Right before a day, the start or end of something that lasts ("drills, which began on Oct. 31", "talks that ended
    /// Monday", "exercises kicked off on"): a launch does not begin or end, so the day is that event's.
    /// </summary>
    [GeneratedRegex("\\b(?:began|begin|begins|started|starts|ended|ends|kicked off|kick off|wrapped up|concluded|opened|resumed)\\s+(?:on\\s+)?$", I)]
    internal static partial Regex EventSpanBeforeDay();
}
