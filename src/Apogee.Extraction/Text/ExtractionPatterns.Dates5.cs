using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>
/// Patterns of branch dates5 (issue #11): the dates and clocks that real stories print beside the launch but that are
/// not the launch's (an embedded post's signature date, a tweet's or an order's clock, a video's running time), and
/// clock words that are the launch's ("shortly after noon").
/// </summary>
internal static partial class ExtractionPatterns
{
    /// <summary>
    /// Right before a date: the signature of an embedded social-media post, "— Name (@handle)" ("... — Jane Doe
    /// (@janedoe) July 4, 2017"). The date is when the post was sent, not a launch's. Anchored at the end.
    /// </summary>
    [GeneratedRegex("\\(@\\w{1,30}\\)\\s*[|\u00b7,-]?\\s*$", I)]
    internal static partial Regex PostSignatureBefore();

    /// <summary>
    /// "at noon", "shortly after noon", "around midday", "just before noon": the clock of twelve o'clock. Not "a noon
    /// deadline", "by noon" or "until noon" (no clock of an event), nor a bare "before noon" / "after noon" (any time of
    /// the morning or afternoon).
    /// </summary>
    [GeneratedRegex("\\b(?<q>at|around|about|shortly after|shortly before|just after|just before|soon after|a little after|minutes after|minutes before)\\s+(?:local\\s+time\\s+)?(?<w>noon|midday)\\b(?!\\s*(?:deadline|briefing|news|meeting|prayers|mass))", I)]
    internal static partial Regex NoonClock();

    /// <summary>
    /// After a bare "M:SS" or "MM:SS" with no zone or a.m./p.m.: the end of a line that names a video ("WATCH ...
    /// launches missile 02:31", "Video: ... 1:45"), where the figure is its running time. Matched from the clock on.
    /// </summary>
    [GeneratedRegex("^\\d{1,2}:\\d{2}\\s*$")]
    internal static partial Regex ClockEndsLine();

    /// <summary>Before a clock: a line that presents a video or a playlist ("MUST WATCH", "JUST WATCHED", "Video:", "Replay").</summary>
    [GeneratedRegex("\\b(?:WATCH(?:ED)?|Video|VIDEO|Replay|Playlist|Duration)\\b")]
    internal static partial Regex VideoLabel();

    /// <summary>
    /// Before a clock, an order about the launch as the clause's act: "gave a final written order regarding the launch
    /// of ... at 8 a.m.", "signed the order for the launch at 7 a.m.", "issued an order on the satellite's launch at
    /// 6:30". The clock is the order's (state media give the launch's apart). Bounded, no sentence break.
    /// </summary>
    [GeneratedRegex("\\b(?:gave|give|gives|issued|issues|signed|signs)\\s+(?:an?|the|his)\\s+(?:[\\w-]+\\s+){0,2}?order\\s+(?:regarding|on|for|concerning|about|to (?:carry out|conduct|proceed with))\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}?launch\\b[^.;!?]{0,160}$", I)]
    internal static partial Regex OrderOfTheLaunchBefore();

    /// <summary>
    /// After a date, the launch it names as a modifier: "the July 4 test", "the May 14 missile launch", "the Aug. 29, 2017,
    /// North Korean launch", "the Jan. 5 test-firing". Not a nuclear test, nor another kind of event ("the July 4 holiday").
    /// Matched from the date's end.
    /// </summary>
    [GeneratedRegex("^(?:,?\\s*\\d{4},?)?\\s+(?:(?:North|Korea|Korean|Korea's|North's|Pyongyang|Pyongyang's|the)\\s+){0,3}(?:(?:missile|rocket|ballistic|ICBM|IRBM|SLBM|satellite|weapons?|long-range|short-range|intercontinental|failed|successful)\\s+){0,3}(?:test|test-launch|test-firing|launch|firing|liftoff)\\b(?!\\s+(?:site|pad|vehicle|facility|window))", I)]
    internal static partial Regex LaunchNamedByDateAfter();

    /// <summary>Right before a date: a determiner that makes it a modifier of the noun after it ("the", "Tuesday's" excluded).</summary>
    [GeneratedRegex("\\b(?:the|its|this|that)\\s+$", I)]
    internal static partial Regex DeterminerRightBefore();

    /// <summary>
    /// Right after a clock, how far it lies from the launch: "at 9 a.m., one hour before the launch", "at 6:30, 30
    /// minutes ahead of liftoff", "at 10:10 a.m., ten minutes after the launch". The launch's clock is that far off.
    /// </summary>
    [GeneratedRegex("^\\s*(?:local time\\s*|\\([^)]{1,20}\\)\\s*)?,?\\s*(?:just\\s+|some\\s+|about\\s+)?(?<n>an|a|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|\\d{1,3})\\s+(?<u>hours?|minutes?)\\s+(?<dir>before|ahead of|prior to|after)\\s+(?:the\\s+|its\\s+)?(?:\\w+\\s+){0,2}?(?:launch|liftoff|lift-off|blast-off|firing|test-fire|test-firing)\\b", I)]
    internal static partial Regex OffsetFromLaunchAfterClock();

    /// <summary>
    /// In an embedded post, the launch told as news of the moment: "has just launched another missile", "just fired",
    /// "BREAKING: North Korea fires", "launched a missile this morning". Such a post was sent on the launch's day.
    /// </summary>
    [GeneratedRegex("\\b(?:(?:has|have)\\s+just|just)\\s+(?:launched|fired|test-fired|test-launched)\\b|\\bBREAKING\\b|\\b(?:launched|fired|fires|launches)\\b[^.!?]{0,60}\\b(?:this morning|today|moments ago|minutes ago)\\b", RegexOptions.CultureInvariant)]
    internal static partial Regex LaunchNewsInPost();

    /// <summary>Right before a date's determiner, a word placing another event against it ("since the", "after the", "than the"): an earlier launch's date.</summary>
    [GeneratedRegex("\\b(?:since|after|following|than|before|like|unlike)\\s+(?:the|its|that|this)\\s+$", I)]
    internal static partial Regex EarlierLaunchDeterminerBefore();

    /// <summary>Right before a date's determiner, a comparison ("farther than the Jan. 5 test", "like the May 14 launch", "unlike its March 3 test"): the date is the other launch's.</summary>
    [GeneratedRegex("\\b(?:than|like|unlike)\\s+(?:the|its|that)\\s+$", I)]
    internal static partial Regex ComparedWithDateBefore();
}
