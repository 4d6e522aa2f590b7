using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>Patterns that keep claims to what the text says of the story's launch.</summary>
internal static partial class ExtractionPatterns
{
    /// <summary>
    /// Before a class word: it is denied ("was not an ICBM", "did not involve long-range missiles") or the goal of a
    /// programme ("efforts to build an ICBM", "its quest to develop a nuclear-capable intercontinental missile"), not
    /// what was launched.
    /// </summary>
    [GeneratedRegex("(?:(?:\\bnot|n['\u2019]t)\\s+(?:(?:involve|include|use|appear to be|seem to be|be|an?|the|any)\\s+){1,2}(?:[\\w-]+\\s+){0,2}|\\b(?:rather than|instead of|(?:to|of|toward|towards|for) (?:build(?:ing)?|develop(?:ing|ment of)?|acquir(?:e|ing)|master(?:ing)?|perfect(?:ing)?|field(?:ing)?|possess(?:ing)?|obtain(?:ing)?|pursu(?:e|ing))|from testing|capable of|ability to|step toward|consider it)\\b(?:\\s+[\\w'\u2019(-]+){0,5}\\s*)$", I)]
    internal static partial Regex ClassWordDenied();

    /// <summary>
    /// The last event word before a clock time: a launch ("fired at 5:58 a.m.") or something later in the flight or
    /// outside it ("landing around 6:12 a.m.", "passed over Okinawa at 9:41", "said at a 3 p.m. briefing"); a post's or an
    /// order's clock ("the tweet, sent at 10:24 p.m.", "gave the order ... at 8 a.m.") is the post's or the order's.
    /// </summary>
    [GeneratedRegex("\\b(?:(?<launch>fired|fires|launched|launch|launches|launching|blasted off|lifted off|took off|lift-?off|took place|firing|test-fired|test-launched|detected)|(?<other>went missing|disappeared|vanished|passed|passing|flew over|flying over|overflew|crossed|crossing|landing|landed|land|fell|falling|splash\\w*|impact\\w*|broke up|breaking|separated|entered|entering|reached|said|says|announced|statement|press conference|briefing|meeting|alert|issued|tweeted|posted|convened|spoke|called|told|tweet|tweets|sent|(?<!\\bin\\s)order|orders|ordered))\\b", I)]
    internal static partial Regex TimeEventWord();

    /// <summary>Before a clock time: an opening bracket right after another time ("23:41 (15:41 GMT)"), a conversion of it.</summary>
    [GeneratedRegex("\\d(?:\\s*[ap]\\.?\\s?m\\.?)?(?:\\s+[A-Za-z]+){0,3}\\s*\\(\\s*$", I)]
    internal static partial Regex ConversionBracketBefore();

    /// <summary>
    /// Right before a distance: a capability or a class's bound, not this flight ("the minimum range is 5,500 km",
    /// "well short of the minimum range of 180 miles", "a maximum range of up to").
    /// </summary>
    [GeneratedRegex("\\b(?:minimum|maximum|max|full|operational|effective|potential|estimated|theoretical|design(?:ed)?|strike|striking)\\s+(?:flight\\s+)?ranges?\\s+(?:(?:of|for)\\s+(?:an?\\s+|the\\s+|such\\s+)?(?:[\\w-]+\\s+){0,3}?(?:is|was|are)\\s+|(?:is|was|are|of|at)\\s+)?(?:(?:about|around|some|roughly|up to|at least|more than|over|nearly)\\s+)?(?:[\\d,.]+\\s*(?:km|kilomet\\w+|miles?|mi|nautical miles?)\\s*\\(\\s*(?:(?:about|around|some|roughly|nearly)\\s+)?)?$", I)]
    internal static partial Regex CapabilityBeforeFigure();

    /// <summary>Before a count: a launch not made ("its threat to fire four", "plans to launch two", "could fire three").</summary>
    [GeneratedRegex("\\b(?:(?<!\\b(?:attempted|tried|failed|managed|continued|began|started|went on|appeared)\\s)to|would|will|could|might|may|can|cannot|can['\u2019]t|won['\u2019]t|threat\\w*|plans?|planned|vow\\w*)\\s+(?:(?:also|again|soon|not)\\s+)?(?:fire|launch|test|test-fire|shoot)\\s+$", I)]
    internal static partial Regex PlannedBeforeCount();


    /// <summary>Before a place name: a site placed from it ("northwest of Pyongyang", "50 miles from the capital Pyongyang").</summary>
    [GeneratedRegex("\\b(?:(?:north|south|east|west)(?:east|west)?(?:ern)?|km|kilomet\\w+|miles?|outskirts)\\s+(?:of|from)\\s+(?:[\\w'\u2019-]+\\s+){0,3}$", I)]
    internal static partial Regex PlacedFromBefore();

    /// <summary>
    /// A sentence that describes the launched thing itself: a definite description ("the ballistic missile Pukguksong",
    /// "its new solid-fuel ICBM") or an identification ("it was an SLBM test", "the test was likely a medium-range missile", "they appeared to be Scuds", "it is assumed to be a Scud"; with an aside: "the test, its third this month, appeared
    /// to have been of ..."; a plain noun for what was fired: "the weapons were all Rodong-class missiles", "both objects
    /// were believed to be SRBMs"), not a programme ("its ballistic missile program", "rocket launchers").
    /// </summary>
    internal const string DescribesLaunchedThingPattern =
        "\\b(?:(?:the|this|its|today['\u2019]s|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['\u2019]s)\\s+(?:[\\w-]+\\s+){0,4}?(?:missiles?|rockets?|projectiles?|ICBMs?|SLBMs?|IRBMs?|SRBMs?)\\b(?!\\s+(?:program\\w*|development|technology|arsenal|capabilit\\w+|launchers?|ambitions?|tests\\b|subsystems?|forces?|units?))|\\b(?:the|this|that|today['\u2019]s|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['\u2019]s)\\s+(?:latest\\s+|new\\s+)?(?:test|launch|firing|test-fire)(?:\\s*,[^,;]{1,80},)?\\s+(?:was|were|is|appeared|seemed|involved)\\b|\\b(?:the|these|both|all)\\s+(?:(?:two|three|four|five|six|several)\\s+)?(?:weapons?|objects?)\\s+(?:(?:all|both)\\s+)?(?:was|were|appeared|seemed|(?:was|were) (?:assumed|believed|thought|presumed|suspected|estimated|judged|identified|assessed))\\b|\\b(?:it|they)\\s+(?:was|were|appear(?:s|ed)? to (?:be|have been)|may have been|might have been|could have been|seemed to be|(?:is|are) (?:assumed|believed|thought|presumed|suspected|estimated|judged) to (?:be|have been))\\b)";

    [GeneratedRegex(DescribesLaunchedThingPattern, I)]
    internal static partial Regex DescribesLaunchedThing();

    /// <summary>Before a count in its sentence: a launch only planned, feared or supposed ("could be preparing ... another missile").</summary>
    [GeneratedRegex("\\b(?:would|will|could|may(?!\\s+\\d)|might|plans?|planned|planning|prepar\\w*|threat\\w*|vow\\w*|expected to|possible|possibly|potential|ready to|intend\\w*|if|unless|whether)\\b", I)]
    internal static partial Regex CountHedge();

    /// <summary>
    /// Inside a sentence about the story's launch, a clause about another side's own launch ("..., as the U.S. responded
    /// with an ICBM test of its own", "while South Korea fired two missiles in response"): the facts after it are that launch's.
    /// </summary>
    [GeneratedRegex("\\b(?:as|while|when|and|before|after)\\s+(?:the\\s+)?(?:U\\.S\\.|US|United States|Americans?|South Korea|Seoul|Japan|Tokyo)(?:['\u2019]s)?\\s+(?:[\\w-]+\\s+){0,2}?(?:responded with|fired|launched|tested|test-fired|conducted)\\b", C)]
    internal static partial Regex OtherSideClause();

    /// <summary>Between a speaker and a fact: the sentence turns to another clause ("..., while KCNA reported", "but Japan said").</summary>
    [GeneratedRegex(";|\\b(?:while|but|whereas|although|though)\\b", I)]
    internal static partial Regex SpeakerClauseBreak();

    /// <summary>After a class word: what such missiles can do, not what was launched ("medium-range missiles that can fly 800 miles").</summary>
    [GeneratedRegex("^[\\w\\s-]{0,40}?\\b(?:that|which)\\s+(?:can|could|are capable|is capable|would be able)\\b", I)]
    internal static partial Regex ClassCapabilityAfter();

    /// <summary>After a class word: an exercise or programme, not a launched thing ("a ballistic missile drill", "its ICBM program").</summary>
    [GeneratedRegex("^(?:\\s+missiles?)?\\s+(?:drills?|exercises?|programs?|programmes?|technology|development|ambitions?|arsenal|capabilit(?:y|ies)|defen[cs]e|shield|interceptors?)\\b", I)]
    internal static partial Regex ClassProgrammeAfter();

    /// <summary>After a duration: the moment since launch when something happened ("entering orbit nine minutes after liftoff").</summary>
    [GeneratedRegex("^(?:\\s+and\\s+\\d+\\s+seconds?)?\\s+(?:after|following|into)\\s+(?:the\\s+|its\\s+)?(?:launch|lift-?off|take-?off|blast-?off|flight)\\b", I)]
    internal static partial Regex ElapsedAfterLaunch();

    /// <summary>Before an elapsed time: the flight's end, whose moment is the flight time ("splashed down 40 minutes after launch").</summary>
    [GeneratedRegex("\\b(?:landed|landing|fell|falling|splash\\w*|impact\\w*|crash\\w*|hit|struck|came down|plunged|explod\\w*|blew up|broke (?:up|apart)|disintegrat\\w*)\\b", I)]
    internal static partial Regex FlightEndBefore();
}
