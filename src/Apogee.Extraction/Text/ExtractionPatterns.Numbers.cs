using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>Patterns for figures, counts, sites and names of the primary launch (issue #11, dev2 numbers class).</summary>
internal static partial class ExtractionPatterns
{
    /// <summary>
    /// The same figure again in another unit right after a distance: "2,111.5 km (1,312 miles)", "600 miles (about
    /// 1,000 km)", "10,000 km, or around 6,200 miles". One figure, not a second claim.
    /// </summary>
    [GeneratedRegex("^\\s*(?:\\(\\s*|,?\\s*or\\s+)(?:about|around|approximately|some|roughly|nearly|almost|more than|over|less than|up to|at least)?\\s*(?<n>(?:\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:" + DigitGroupSpace + "\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*-?\\s*(?<u>km|kms|kilomet(?:er|re)s?|nautical miles?|miles?|mi)\\b\\s*\\)?", I)]
    internal static partial Regex ConvertedFigure();

    /// <summary>"600 km from the coast", "60 miles from Vladivostok": a distance that places, unless it is from the launch point.</summary>
    [GeneratedRegex("^\\s*from\\b(?!\\s+(?:the\\s+|its\\s+)?(?:launch|launching|lift-?off|take-?off|firing)\\b)", I)]
    internal static partial Regex LocatingFrom();

    /// <summary>The kind of range a type has, not a flight: "the minimum range of", "a maximum range is" just before the figure.</summary>
    [GeneratedRegex("\\b(?:minimum|maximum|full|normal|operational|designed|effective|intended|required|estimated) range(?: of| is| was|,)?\\s*(?:about|around|approximately|some|roughly|up to|more than|over|at least)?\\s*$", I)]
    internal static partial Regex TypeRangeBefore();

    /// <summary>A break between clauses: a capability word in a later clause ("flew 2,300 miles - far enough to reach Guam") does not govern the figure.</summary>
    [GeneratedRegex("[,;:\u2014\u2013(]|\\s-{1,2}\\s", C)]
    internal static partial Regex ClauseBreak();

    /// <summary>"The 2,700 km the missile flew", "a 1,500-km flight": a flight distance named before the flight.</summary>
    [GeneratedRegex("^\\s*(?:-?\\s*(?:flight|journey)\\b|(?:that\\s+|which\\s+)?(?:the|this|its)\\s+(?:[\\w-]+\\s+){0,2}?(?:missile|rocket|projectile|ICBM|weapon)s?\\s+(?:flew|travel+ed|covered)\\b)", I)]
    internal static partial Regex FlightAfterFigure();

    /// <summary>"a 10,000-km-range missile": a type's range written as an adjective, not a flight.</summary>
    [GeneratedRegex("^-?\\s?range\\b", I)]
    internal static partial Regex RangeAdjectiveAfter();

    /// <summary>"12,000 km/h": a speed, not a distance.</summary>
    [GeneratedRegex("^\\s*(?:/\\s*h(?:r|our)?\\b|per hour\\b|an hour\\b)", I)]
    internal static partial Regex SpeedUnitAfter();

    /// <summary>"260 and 170 miles, respectively": two figures, not a range of one.</summary>
    [GeneratedRegex("^\\s*,?\\s*respectively\\b", I)]
    internal static partial Regex Respectively();

    /// <summary>Failure, tracking or orbit words that make a duration a flight time: "after five seconds it fizzled out", "tracked it for six minutes", "entered orbit after nine minutes".</summary>
    [GeneratedRegex("\\b(?:tracked|fizzl\\w*|explod\\w*|blew up|broke (?:up|apart)|disintegrat\\w*|(?:entered|reached|achieved|went into) (?:its |an? |the )?(?:\\w+ )?orbit)\\b", I)]
    internal static partial Regex FlightEndWord();

    /// <summary>
    /// A watch word that times the flight only with "for" before the duration ("detected the missile for 37 minutes",
    /// "monitored it for about 40 minutes"): alone it may time the detection ("detected it 10 minutes later").
    /// </summary>
    [GeneratedRegex("\\b(?:detected|monitored|observed|followed)\\b", I)]
    internal static partial Regex WatchedWord();

    /// <summary>Right before a duration: "for" ("... for 37 minutes").</summary>
    [GeneratedRegex("\\bfor\\s*$", I)]
    internal static partial Regex ForBeforeDuration();

    /// <summary>A plan or threat just before a count, in its clause: "its threat to fire four missiles", "plans to launch two".</summary>
    [GeneratedRegex("\\b(?:threat\\w*|plan\\w*|vow\\w*|intend\\w*|ready|prepar\\w*|would|will|could|may|might|expected)\\b(?:\\s+\\w+){0,3}\\s*$", I)]
    internal static partial Regex HedgeBeforeCount();

    /// <summary>"... and two more", "then three more": further launches after a first count in the same sentence.</summary>
    [GeneratedRegex("\\b(?:and|then|followed by|before firing|later fired)\\s+(?<m>two|three|four|five|six|seven|eight|\\d{1,2})\\s+more\\b", I)]
    internal static partial Regex SomeMore();

    /// <summary>"one" or "the first" after a count of two or more: the start of an enumeration of those, not one more.</summary>
    [GeneratedRegex("\\b(?:one|the first)\\b", I)]
    internal static partial Regex EnumeratedOne();

    /// <summary>Something launched (not the word "launch" itself): what decides the number a sentence implies.</summary>
    [GeneratedRegex("\\b(?:missiles?|projectiles?|rockets?|ICBMs?|SLBMs?|IRBMs?|SRBMs?|MRBMs?|satellites?|launch vehicles?|SLVs?|MRLs?|MLRS|HGVs?|glid(?:e|ing) vehicles?|(?:hypersonic )?gliders?|guided weapons?|Unha(?:-\\d)?|Taepodong(?:-\\d)?|Hwasong(?:pho)?-?\\w*|Pukguksong-?\\w*|Scuds?|[RN]odongs?|Musudans?|KN-\\d+s?)\\b(?!\\s+(?:firing|launch\\w*|test\\w*|drills?|programs?|programmes?|forces?|units?)\\b)", I)]
    internal static partial Regex LaunchedThing();

    /// <summary>"They were fired", "Both were launched": a plural pronoun for the launched things.</summary>
    [GeneratedRegex("^(?:They|Both|All)\\s+(?:were|had been)\\s", C)]
    internal static partial Regex PluralPronounLaunch();

    /// <summary>A launch made in answer to the story's (allies' drills, a counter-launch): its plurals are not the story's.</summary>
    [GeneratedRegex("\\b(?:in (?:response|retaliation|reaction)|responded|joint (?:exercise|drill)s?|live-fir\\w*)\\b", I)]
    internal static partial Regex ResponseLaunch();

    /// <summary>
    /// A site cue directly before a place: "from", "near", "off", "in", "at" followed by up to eight small words ("the
    /// eastern coastal town of", "the North's", "a launch pad near the"), ending where the place begins ("from its capital, Pyongyang" too); a clause word ("that", "after") between them
    /// starts another clause ("amid reports in the media that Pyongyang could ...").
    /// </summary>
    [GeneratedRegex("\\b(?:from|near|in|at|around|off|outside)\\s+(?:(?:(?!(?:that|which|who|when|where|after|before|as|and|but|or|if|while|because|since|said|says)\\s)(?-i:[a-z][a-z'\u2019-]*)|[\\w-]+['\u2019]s|North Korean|South Korean|North Korea['\u2019]s|South Korea['\u2019]s)\\s+){0,8}(?:(?:capital|city|town|port),\\s+)?$", I)]
    internal static partial Regex SiteCueBefore();

    /// <summary>
    /// "landed in the sea off Wonsan", "fell into waters off the coast of X": where it came down, not where it was fired
    /// from; "fired from waters off Sinpo" (a submarine's launch) is where it was fired from.
    /// </summary>
    [GeneratedRegex("\\b(?:(?<!\\bfrom\\s+(?:(?:the|its|nearby)\\s+)?)(?:seas?|waters|ocean)|landed|fell|splashed down|crashed|came down)\\s+(?:[\\w'\u2019-]+\\s+){0,3}?off\\s+(?:[\\w'\u2019-]+\\s+){0,8}$", I)]
    internal static partial Regex ImpactOffBefore();

    /// <summary>A clause opener between the launch verb and a place: the place belongs to that clause ("fired ... a day after Kim toured a factory in X").</summary>
    [GeneratedRegex("\\b(?:after|before|when|while|as|since|amid|following|ahead of)\\b", I)]
    internal static partial Regex OtherClauseOpener();

    /// <summary>"about 50 miles from North Korea's capital Pyongyang", "130 km north of": a reference point, not the site.</summary>
    [GeneratedRegex("\\b(?:km|kms|kilomet(?:er|re)s?|miles?)\\s+(?:\\([^)]{0,30}\\)\\s+)?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\\s+)?(?:of|from)\\s+(?:[\\w'\u2019-]+\\s+){0,4}$", I)]
    internal static partial Regex DistanceReferenceBefore();

    /// <summary>After a place: it names a government ("the Pyongyang regime"), a subject ("Pyongyang could be preparing") or a type ("a Sinpo-class submarine"), not a site.</summary>
    [GeneratedRegex("^(?:\\s+(?:regime|government|leadership|authorities|administration|officials|could|would|will|may|might|has|have|had|is|was|says|said)\\b|[- ](?:class|type)\\b)", I)]
    internal static partial Regex NotASiteAfter();

    /// <summary>After a region word: the kind of place it describes ("the northwestern town of", "the east coast city of").</summary>
    [GeneratedRegex("^\\s+(?:coastal\\s+)?(?:town|city|port|village|county|province|county|district)\\b", I)]
    internal static partial Regex PlaceNounAfter();

    /// <summary>A sentence placing the launch without a launch verb: "The test took place near X", "The launch occurred off Y", "came from a site on the west coast", "the launch was made from X".</summary>
    [GeneratedRegex("\\b(?:launch|launches|test|tests|test-fire|firing|liftoff|missiles?|rockets?|projectiles?)\\b[^.;]{0,80}?\\b(?:came from|occurred|took place|happened|originated|began|started|was conducted|was carried out|was staged|(?:was|were) made|(?:was|were) held)\\b", I)]
    internal static partial Regex LaunchPlaceSentence();

    /// <summary>A generic word or plural written after a missile name ("Scud missiles", "Scud-type", "Hwasong-12s"): not part of the name.</summary>
    [GeneratedRegex("(?:[\\s-]+(?:missiles?|(?:carrier )?rockets?|launch vehicles?|type|class)|(?<=\\d)s)$", I)]
    internal static partial Regex NameTail();

    /// <summary>
    /// Another party as the subject of a launch verb: "The U.S. Air Force, meanwhile, tested", "the U.S. and South Korean
    /// militaries fired", "South Korea's military conducted a live-fire drill", "Japan launched". A party that only speaks
    /// ("Japan said the missile flew") is not followed by the verb.
    /// </summary>
    [GeneratedRegex("\\b(?:U\\.S\\.|US|United States|American|South Korean?|Japan(?:ese)?|Russian?|Chin(?:a|ese)|Iran(?:ian)?|India)(?:\\s+and\\s+(?:the\\s+)?(?:U\\.S\\.|US|South Korean?|Japan(?:ese)?))?(?:['\u2019]s)?(?:\\s+(?:(?-i:[A-Z][\\w.]*)|\\d+\\w*|military|militaries|forces|army|navy|air force|space agency|troops)){0,3}(?:,\\s*meanwhile,|\\s+also|\\s+then)?\\s+(?:fired|launched|test-fired|test-launched|tested|conducted|carried out|staged|(?:responded|answered|retaliated|reacted) by (?:firing|launching|test-firing))\\b", C)]
    internal static partial Regex ForeignLauncher();

    /// <summary>North Korea as the subject of a launch verb, in a story about another party's launch.</summary>
    [GeneratedRegex("\\b(?:North Korea|Pyongyang|the North|North Koreans)(?:\\s+(?:also|again|previously|last))?\\s+(?:fired|launched|test-fired|test-launched|tested)\\b", C)]
    internal static partial Regex NorthKoreaLauncher();
}
