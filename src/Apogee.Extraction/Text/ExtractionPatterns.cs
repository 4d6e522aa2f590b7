using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>Every regular expression of the extraction project, in one place, compiled at build time.</summary>
internal static partial class ExtractionPatterns
{
    private const RegexOptions I = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const RegexOptions C = RegexOptions.CultureInvariant;

    private const string Months = "Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?";

    /// <summary>A candidate sentence end: terminal punctuation, optional closing quote/bracket, then space.</summary>
    [GeneratedRegex("[.!?]+[\"'\u201d\u2019)\\]]*(?=\\s+[\"'\u201c\u2018(\\[]?[A-Z0-9])", C)]
    internal static partial Regex SentenceEnd();

    /// <summary>The word a full stop follows, to tell abbreviations from sentence ends.</summary>
    [GeneratedRegex("(?:^|[\\s(\"\u201c])([A-Za-z][A-Za-z.]*)$", C)]
    internal static partial Regex WordBeforeStop();

    /// <summary>
    /// A launch verb, in four parts, in the order of one alternation: the words whose reading depends on what stands
    /// around them (a habit, a plural noun, what a present tense or "fire" acts on), then plain ones.
    /// <see cref="PastLaunchVerbPattern"/> is all four as one alternation, the meaning; <c>LaunchVerbs</c> runs the
    /// parts as separate regexes, because one regex of them all is too big for the JIT to optimise (it compiles such a
    /// method without optimisations, several times slower).
    /// </summary>
    private const string PastLaunchVerbFiredLaunched = "fired|fires" + NotHabitualBefore + "fires)|lobs" + NotHabitualBefore + "lobs)" + LaunchedThingAhead + "|hurls" + NotHabitualBefore + "hurls)" + LaunchedThingAhead + "|crosses(?=\\s+(?:over\\s+)?(?:Japan|Hokkaido|Okinawa|northern Japan|the (?:Japanese|Korean)))|launched|launches(?<!\\b(?:the|its|such|these|those|recent|previous|past|missile|rocket|satellite|of)\\slaunches)" + NotHabitualBefore + "launches)" + LaunchedThingAhead;

    private const string PastLaunchVerbTests = "tests(?<!\\b(?:the|its|such|these|those|recent|previous|past|missile|rocket|satellite|of|two|three|more|and)\\stests)" + NotHabitualBefore + "tests)" + OneLaunchedThingAhead;

    /// <summary>
    /// "fire ..." as a verb, and the gerund "firing" where a reaction gives it as the reason or a party answers with it
    /// ("condemned North Korea for firing an ICBM", "South Korea responded by firing two missiles"); elsewhere "firing" is
    /// too often a noun or someone's comment ("said firing the missile from near Pyongyang ...").
    /// </summary>
    private const string PastLaunchVerbFire = "fire(?<!-fire)(?<!\\b(?:to|not|never|cannot|could|would|will|may|might|should|can|must)\\sfire)" + NotHabitualBefore + "fire)" + LaunchedThingAhead
        + "|firing(?<=\\b(?:for|over|by)\\sfiring)" + LaunchedThingAhead;

    private const string PastLaunchVerbPlain = "flies|conducts|put(?<!\\b(?:has|have)\\s+(?:(?:now|already|also|successfully)\\s+)?put)(?=" + IntoOrbitAhead + ")|placed(?<!\\b(?:has|have)\\s+(?:(?:now|already|also|successfully)\\s+)?placed)(?=" + IntoOrbitAhead + ")|sent(?<!\\b(?:has|have)\\s+(?:(?:now|already|also|successfully)\\s+)?sent)(?=" + IntoOrbitAhead + ")|lofted(?<!\\b(?:has|have)\\s+(?:(?:now|already|also|successfully)\\s+)?lofted)(?=" + IntoOrbitAhead + ")|carries out|fell(?=\\s+(?:into|in\\s+(?:the|waters|Japan|an?|its|international|open)\\b|inside|outside|near|off|short|within|onto|beyond|some|about|around|roughly|approximately|just|\\d[\\d,.]*\\s*(?:km|kilomet|mi|nautical)))|landed(?=\\s+(?:into|in\\s+(?:the|waters|Japan|an?|its|international|open)\\b|inside|outside|near|off|short|within|onto|beyond|some|about|around|roughly|approximately|just|\\d[\\d,.]*\\s*(?:km|kilomet|mi|nautical)))|launching(?! (?:pad|site|station|ground|facilit\\w+))|test-fired|test-launched|test-launches|test-fires|tested(?<!\\b(?:be|been|being|is|are|was|were|to|yet)\\stested)|flight-tested|shot|lobbed|blasted off|lifted off|flew|overflew|passed over|passing over|was flying over|were flying over|crossed over|crossed|plunged|splashed down|conducted|carried out|staged|set off|test-fire|test-firing|test fire|launching drill|firing drill|launching exercise|fire-?power strike drill|firing contest|volley[- ]fir(?:ed|ing)|salvo[- ]fir(?:ed|ing)|test launch|test-launch|successful launch|successfully launched|launch of|took place|detected|soared|lifted off|took off|tried (?:but failed )?to launch|attempted to launch|failed launch|lifting off|sent (?:an?|the|its|two|three|several)\\s+(?:[\\w-]+\\s+){0,3}?(?:missiles?|rockets?|ICBMs?|projectiles?)\\s+(?:soaring|flying|hurtling|arcing|streaking)";

    /// <summary>The launch verb as one pattern: what <c>LaunchVerbs</c> must find (its tests compare the two).</summary>
    internal const string PastLaunchVerbPattern =
        "\\b(?:" + PastLaunchVerbFiredLaunched + "|" + PastLaunchVerbTests + "|" + PastLaunchVerbFire + "|" + PastLaunchVerbPlain + ")\\b";

    /// <summary>The parts of <see cref="PastLaunchVerbPattern"/>, in its order.</summary>
    internal static readonly Regex[] PastLaunchVerbParts = [PastLaunchVerbFiredLaunchedPart(), PastLaunchVerbTestsPart(), PastLaunchVerbFirePart(), PastLaunchVerbPlainPart()];

    [GeneratedRegex("\\b(?:" + PastLaunchVerbFiredLaunched + ")\\b", I)]
    private static partial Regex PastLaunchVerbFiredLaunchedPart();

    [GeneratedRegex("\\b(?:" + PastLaunchVerbTests + ")\\b", I)]
    private static partial Regex PastLaunchVerbTestsPart();

    [GeneratedRegex("\\b(?:" + PastLaunchVerbFire + ")\\b", I)]
    private static partial Regex PastLaunchVerbFirePart();

    [GeneratedRegex("\\b(?:" + PastLaunchVerbPlain + ")\\b", I)]
    private static partial Regex PastLaunchVerbPlainPart();

    [GeneratedRegex("\\b(?:missiles?|projectiles?|rockets?|ICBMs?|SLBMs?|IRBMs?|SRBMs?|MRBMs?|satellites?|launch vehicles?|SLVs?|MRLs?|MLRS|HGVs?|glid(?:e|ing) vehicles?|(?:hypersonic )?gliders?|guided weapons?|Unha(?:-\\d)?|Taepodong(?:-\\d)?|Hwasong(?:pho)?-?\\w*|Pukguksong-?\\w*|Kwangmyongsong-?\\w*|Scuds?|[RN]odong|Musudan|KN-\\d+|test-fire|launch(?:es)?)\\b", I)]
    internal static partial Regex Projectile();

    /// <summary>
    /// Words that make a launch sentence a plan, threat, capability or ground test, not a launch that happened. Not
    /// "possible" as the launched thing's own adjective ("a possible ballistic missile had been fired": the kind is in
    /// doubt, not the launch; "a possible missile launch" stays a hedge), nor "intercepted" (what was shot down was
    /// launched: "intercepted a missile launched from Yemen"; "to intercept", "interceptors" stay).
    /// </summary>
    [GeneratedRegex("\\b(?:plans?|planned|planning|prepar\\w*|readied|readying|would|will|may(?!\\s+\\d)|(?<!\\b(?:the|and|its|military)\\s)might(?!\\s+of\\b)|won['\u2019]t|threat\\w*|vow\\w*|(?<!\\b(?:sirens?|alerts?|alarms?|messages?|broadcasts?|loudspeakers?)\\s)warn\\w*|capable|capability|ready to|readiness|intend\\w*|expected to|possible(?!\\s+(?:[\\w-]+\\s+){0,2}?(?:missiles?|rockets?|projectiles?|ICBMs?|SLBMs?|IRBMs?|MRBMs?|SRBMs?)\\b(?![- ](?:launch|test|fir)))|potential|engine|ground jet|simulation|designed to|if|unless|whether|ahead of|denounced|condemned|sanctions?|resolution|anniversary|producing|production|inspect\\w*|prohibited|banned|barred|ban|intercept(?!ed\\b)\\w*|to track|to watch|abilit(?:y|ies)|able to|no (?:\\w+ )?launch\\w*|(?:has|have|had|did|was|were)(?: not|n['\u2019]t) (?:yet )?(?:detected|launched|fired|conducted))\\b", I)]
    internal static partial Regex Hedge();

    /// <summary>Marks a sentence as being about another (earlier) launch.</summary>
    internal const string WeakOtherLaunchMarkerPattern =
        "\\b(?:last (?:week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|launch|test)|earlier this (?:month|year)|previous(?! day)|earlier (?:launch|test)|in (?:19|20)\\d\\d|in (?:January|February|March|April|May|June|July|August|September|October|November|December)\\b|since|ago|past (?:two|three|few|several) (?:weeks|months|years)|so far this year|this year|string of|series of|spate of|previously|similar|at the time|back then|both times|each time|in both (?:those |these |the )?cases|on both occasions)\\b";

    [GeneratedRegex(WeakOtherLaunchMarkerPattern, I)]
    internal static partial Regex WeakOtherLaunchMarker();

    /// <summary>A sentence that sets the story's launch after another (besides "after it fired", see <see cref="Relevance.OtherLaunchMarker"/>): its facts are the other launch's.</summary>
    [GeneratedRegex("\\b(?:came|comes|coming) (?:a day |two days |days |just |shortly )?after|" + LaunchCameAfter + "|\\bfollows?\\b|\\bfollowed\\b|\\bfollowing\\b", I)]
    internal static partial Regex StrongOtherLaunchMarkerWords();

    /// <summary>
    /// The story's own launch named as a subject: "the projectile", "the latest missile", "Tuesday's launch"; not "the
    /// missile that was fired ..." nor "the missile launched earlier this month" (another one).
    /// </summary>
    [GeneratedRegex("\\b(?:the|this|today['\u2019]s|Monday['\u2019]s|Tuesday['\u2019]s|Wednesday['\u2019]s|Thursday['\u2019]s|Friday['\u2019]s|Saturday['\u2019]s|Sunday['\u2019]s) (?:latest |new |suspected )?(?:projectiles?|missiles?|rockets?|launch|firing)\\b(?! (?:(?:that|which) (?:was|were)|(?:launched|fired|tested|test-fired) (?:earlier|last|in|previously|during)\\b))", I)]
    internal static partial Regex PrimaryReferent();

    [GeneratedRegex("\\b(?:" + Months + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d\\d))?\\b", I)]
    internal static partial Regex MonthDay();

    /// <summary>British and KCNA order, the year optional: "4 July", "27 June 2014", "15th March"; not the verb "may", nor a name's number ("Pukguksong-2 May 21").</summary>
    [GeneratedRegex("(?<![-\\w.,/])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?!(?-i:may)\\b)(?:" + Months + ")\\.?(?:,?\\s+((?:19|20)\\d\\d))?\\b", I)]
    internal static partial Regex DayMonthYear();

    [GeneratedRegex("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b", C)]
    internal static partial Regex Weekday();

    [GeneratedRegex("\\b(?:last|previous)\\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b", I)]
    internal static partial Regex LastWeekday();

    [GeneratedRegex("\\b(the day before yesterday|two days ago|today|yesterday|tonight|this morning|this afternoon|this evening|last night|earlier today|early today)\\b", I)]
    internal static partial Regex RelativeDay();

    /// <summary>
    /// A wire dateline: "Pyongyang, July 6 (KCNA) --", "SEOUL, Dec. 30 (Yonhap) --", or any outlet in brackets followed
    /// by a dash ("PARIS, Feb. 19 (Meridian Wire) -").
    /// </summary>
    [GeneratedRegex("\\b([A-Z][A-Za-z]+),\\s+((?:" + Months + ")\\s+\\d{1,2}(?:,\\s+Juche\\s+\\d{2,3})?)\\s*\\((KCNA|Yonhap|AP|Reuters|AFP|Xinhua|Kyodo|[A-Z][A-Za-z.&' ]{1,40}(?=\\)\\s*(?:-{1,2}|\u2014|\u2013)))\\)", C)]
    internal static partial Regex Dateline();

    /// <summary>
    /// "7:27 a.m.", "10 a.m.", "07:27"; and with a site zone written after it, a 24-hour clock without a colon or with
    /// a dot, as Korean wires and British papers print them ("0727 KST", "07.27 local time"): groups "h"/"m".
    /// </summary>
    [GeneratedRegex("\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)(?![a-z])|\\b(\\d{1,2})[:](\\d{2})\\b(?!\\s*(?:km|kilomet|mile))|\\b(?<h>[01]\\d|2[0-3])\\.?(?<m>[0-5]\\d)(?=\\s*(?:KST|JST|local time\\b|Korea(?:n)? (?:Standard )?time\\b|Japan(?:ese)? (?:Standard )?time\\b|Pyongyang time\\b))|\\b(?<h>\\d)\\.(?<m>[0-5]\\d)(?=\\s*(?:KST|JST|local time\\b))", I)]
    internal static partial Regex ClockTime();

    [GeneratedRegex("\\b(GMT|UTC|EST|EDT|ET|Eastern Time)\\b", C)]
    internal static partial Regex ForeignZone();

    /// <summary>Part-of-day words; "the early hours of", "predawn", "the small hours" are the small hours, reported as morning.</summary>
    [GeneratedRegex("\\b(morning|afternoon|evening|night(?:time|-time)?|overnight|pre-?dawn|dawn|daybreak|noon|early (?:on )?(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)|early hours(?= of\\b)|small hours)", I)]
    internal static partial Regex PartOfDay();

    /// <summary>A distance: "700 km", "about 60 kilometres", "600 to 700 km", "1,000 miles", "310 nautical miles".</summary>
    [GeneratedRegex("(?<q>about|around|approximately|approx\\.|some|roughly|nearly|almost|an estimated|estimated|at least|more than|exceeding|in excess of|over|less than|under|at most|up to|a maximum of|some)?\\s*(?<a>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:" + DigitGroupSpace + "\\d{3})+(?:\\. ?\\d+)?|\\d+(?:\\. ?\\d+)?)(?:\\s*(?:to|-|\u2013|and|or)\\s*(?<b>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?))?\\s*-?\\s*(?<u>km|kms|kilometers?|kilometres?|nautical miles?|miles?|mi)\\b", I)]
    internal static partial Regex Distance();

    /// <summary>The letters every unit of <see cref="Distance"/> holds, for a check before it (it may start at any space).</summary>
    [GeneratedRegex("km|kilomet|mile|mi\\b", I)]
    internal static partial Regex DistanceUnitWord();

    [GeneratedRegex("(?<q>about|around|approximately|some|roughly|nearly|at least|more than|exceeding|in excess of|over|less than|under|up to|top speed of|speed of)?\\s*(?:Mach\\s*(?<a>\\d+(?:\\.\\d+)?)|(?<a>\\d+(?:\\.\\d+)?|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|two|three|four)\\s+times\\s+(?:the\\s+)?speed\\s+of\\s+sound)", I)]
    internal static partial Regex Speed();

    [GeneratedRegex("(?<q>about|around|approximately|some|roughly|nearly|at least|more than|exceeding|in excess of|over|less than|under|up to)?\\s*(?<a>\\d{1,3}(?:(?:,|" + DigitGroupSpace + ")\\d{3})+|\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|an(?= hour)|a couple of)\\s*-?\\s*(?<u>minutes?|mins?|seconds?|hours?)\\b(?:,?\\s*(?:and\\s+)?(?<m>\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty)\\s*-?\\s*minutes?\\b)?(?:,?\\s*(?:and\\s+)?(?<s>\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty)\\s*-?\\s*seconds?\\b)?", I)]
    internal static partial Regex Duration();

    /// <summary>Words before or after a figure that make it an altitude ("apex": "reached an apex of 50 km", "at its apex").</summary>
    [GeneratedRegex("\\b(?:altitude|apogee|apex|height|heights|high|peak|soar\\w*|climb\\w*|ris(?:e|es|ing)|ascend\\w*|maximum altitude|rose|reaching an altitude)\\b", I)]
    internal static partial Regex AltitudeWord();

    [GeneratedRegex("\\b(?:fl[eoy]w\\w*|fly(?:ing)?|flies|sen(?:t|ding|ds?)|travel+\\w*|range|distance|covered|flight of|downrange|away|land(?:ed|ing)|splash(?:ed|ing) down|forward)\\b", I)]
    internal static partial Regex RangeWord();

    /// <summary>A distance that places something (a landing point, a city) rather than measures a flight.</summary>
    [GeneratedRegex("^\\s*\\)?\\s*(?:\\([^()]{0,40}\\)\\s*)?(?:off|(?:to the\\s+)?(?:west|east|north|south|northwest|northeast|southwest|southeast)\\s+(?:of|off)|from (?:its|their|(?-i:[A-Z])\\w*)|from the coast|from Tokyo|from Seoul|of|away from|from the|inland|wide|in diameter|long|deep|per hour|an hour|radius|border|frontier|boundary|coastline)\\b", I)]
    internal static partial Regex LocatingAfter();

    /// <summary>
    /// Counterfactual or capability figures: not an observed value. Also what a target would take ("to strike the U.S. it
    /// would need a range of 8,000 km", "reaching Hawaii requires a range of about 7,000 km"), and what a kind of missile
    /// does in general ("most fly about 10,000 km", "such missiles typically have a range of").
    /// </summary>
    internal const string CounterfactualPattern =
        "\\b(?:(?:most|typically|usually|generally|normally)(?: of them| such missiles| ICBMs)? (?:fly|travel|have|reach)|(?:would|will)(?: still)? (?:need|require)|(?:needs?|requires?|required|needed) an? (?:\\w+ )?range|in order to (?:strike|hit|reach)|could|can|capable|capability|designed to|if (?:fired|launched|flown)|if (?:it )?(?:were |had been )?(?:fired|flown|launched) on a (?:normal|standard|regular) trajectory|would have|able to|maximum range|ha(?:s|ve|d) an? (?:\\w+ )?range|with an? (?:\\w+ )?range of|in theory|theoretical\\w*|range of up to|potential|putting|within range|strike range|reach (?:the|all|any|Guam|Hawaii|Alaska|mainland|Japan|the U\\.S\\.)|estimated range)\\b";

    [GeneratedRegex(CounterfactualPattern, I)]
    internal static partial Regex Counterfactual();

    /// <summary>A figure estimated under an assumption about the flight: a claim to keep, never a consolidated value.</summary>
    [GeneratedRegex("\\b(?:assuming|(?:normal|standard|traditional|regular) (?:ballistic (?:missile )?)?trajectory)\\b", I)]
    internal static partial Regex Assumption();

    [GeneratedRegex("(?<!-)\\b(?:(?<n>a|an|" + CountNumber + "|multiple|several|a barrage of|a volley of|a salvo of|a flurry of|a number of|a couple of|a pair of|a dozen|both|at least " + CountNumber + "|no (?:fewer|less) than " + CountNumber + "|one or more|two or more|more than " + CountNumber + "|some|dozens of|a series of|a spate of|a single|another)\\s+(?:(?:suspected|unidentified|unspecified|new|newly developed|new-type|advanced|more|apparent|presumed|short-range|long-range|medium-range|intermediate-range|intercontinental|ballistic|cruise|hypersonic|tactical|guided|strategic|sea-to-surface|surface-to-surface|surface-to-air|land-based|submarine-launched|large-caliber|large-calibre|super-large|\\d{3}\\s?mm|\\d{3}-millimet(?:er|re)|artillery|multiple|of its|of what|appeared to be|what (?:appeared|appears|seemed|seems|(?:is|are|was|were) believed) to be|more than|powerful|kind of|type of|[\"\u201c]?(?-i:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)[\"\u201d]?)\\s+){0,5}(?<k>missiles?|projectiles?|rockets?|ICBMs?|SLBMs?|SRBMs?|IRBMs?|MRBMs?|gliders?|guided weapons?|rounds(?!\\s+of\\b)|shells?))(?!\\s*(?:launch|launching|firing|fire|drill|test|program|programme|system|technology|unit|units|base|force|site|development|forces|launchers?|engines?|defen[cs]e|warheads?)\\b)", I)]
    internal static partial Regex Count();

    [GeneratedRegex("\\b((?:medium|mid|intermediate)(?:-?\\s(?:and|to)[- ]|[- ](?:and[- ]|to[- ])?)long[- ]range|short-range|short range(?= (?:ballistic|missile|rocket))|close-range(?= (?:ballistic|missile))|SRBMs?|medium-range|medium range(?= (?:ballistic|missile|rocket))|mid-range|midrange|mid range(?= (?:ballistic|missile|rocket))|MRBMs?|intermediate-range|intermediate range(?= (?:ballistic|missile|rocket))|IRBMs?|intercontinental|ICBMs?)\\b", I)]
    internal static partial Regex RangeClass();

    [GeneratedRegex("\\b(SLBMs?|submarine-launched|submarine launched|from (?:a|the) submarine|underwater|launched from (?:a |the )?sub)\\b", I)]
    internal static partial Regex Submarine();

    [GeneratedRegex("\\b(rail-mobile|rail-based|rail-borne|railway-borne|railway-based|railway[- ]mobile|train-launched|from (?:a |the )?(?:train|railcars?|rail(?:way)? cars?)|(?:from|on) (?:a |the )?(?:railway|rail) (?:car|wagon|launcher)s?|railway (?:missile )?regiments?|railway rolling stock)\\b", I)]
    internal static partial Regex Rail();

    internal const string CategoryWordPattern =
        "\\b(cruise(?:-type)? missiles?|hypersonic|" + GlideWords + "|ballistic|multiple[- ]rocket[- ]launchers?|rocket launchers?|multiple launch rocket system|launch rocket system|artillery rockets?|rocket artillery|MLRS|MRLs?|super[- ]large(?= (?:multiple |caliber |calibre )?(?:rocket|MRL))|satellites?|carrier rockets?|space launch|space vehicle|space rockets?|launch vehicle|SLVs?|Unha|earth observation|Kwangmyongsong)\\b";

    [GeneratedRegex(CategoryWordPattern, I)]
    internal static partial Regex CategoryWord();

    [GeneratedRegex("\\b(outside|inside|within|into|in)\\s+(?:of\\s+)?(?:Japan['\u2019]s|Japanese|the|its|the country['\u2019]s|the nation['\u2019]s)?\\s*(?:exclusive economic zone|EEZ)", I)]
    internal static partial Regex Eez();

    [GeneratedRegex("\\b(Sea of Japan|East Sea|Yellow Sea|West Sea|Pacific Ocean|Pacific)\\b", I)]
    internal static partial Regex SeaArea();

    [GeneratedRegex("\\b(?:off|from|along|on|near|in)\\s+(?:the\\s+|its\\s+|North Korea['\u2019]s\\s+|the North['\u2019]s\\s+|the country['\u2019]s\\s+|the nation['\u2019]s\\s+|the peninsula['\u2019]s\\s+)?(east|west|northeast|northwest|southeast|southwest|north|south)(?:ern)?\\s+(coast|area|region|coastal area)\\b(?!\\s+of\\s+(?:the\\s+)?(?:mainland\\s+|continental\\s+)?(?:U\\.?S\\.?|United States|America|Japan|Australia))", I)]
    internal static partial Regex Coast();

    /// <summary>
    /// After a place name: "'s" not followed by a part of the place ("Pyongyang's first launch of the year", "Seoul's
    /// response"): the place stands for its government there, not for where something was fired from.
    /// </summary>
    [GeneratedRegex("^['\u2019]s\\s+(?!(?:outskirts|suburbs?|districts?|areas?|airport|airfield|capital|provinces?|region|county|vicinity|coast(?:line)?|port|city|towns?|north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western)\\b)", I)]
    internal static partial Regex PossessiveNotPlace();

    [GeneratedRegex("\\b(?:toward|towards|into|in the direction of|to the)?\\s*(east|west|north|south|northeast|northwest|southeast|southwest|east-northeast|north-northeast)(?:ward|wards|erly)?\\b", I)]
    internal static partial Regex Direction();

    /// <summary>
    /// Speech and reporting cues that attribute a sentence; "put / pegged the range at" tells a figure as the party's
    /// estimate ("South Korean officials put the range at 4,500 km, while Tokyo said ...").
    /// </summary>
    internal const string SpeechCuePattern =
        "\\b(?:said|says|say|saying|told|tells|according to|reported|reports|announced|announces|confirmed|confirms|stated|added|estimated|assessed|assesses|detected|citing|quoting|cited|claimed|claims|noted|quoted|disclosed|revealed|believed|believes|judged|analy[sz]ed|called|described|identified|acknowledged|tracked|spotted|monitored|warned|said in a statement|(?<=\\breports?\\s)(?:indicat\\w*|suggest\\w*|show\\w*)|(?:put|puts|putting|pegged|pegs|placed|places)(?=\\s+(?:the\\s+|its\\s+)?(?:[\\w'\u2019-]+\\s+){0,2}?(?:range|altitude|apogee|distance|height|speed|flight time|number)\\s+at\\b))\\b";

    [GeneratedRegex(SpeechCuePattern, I)]
    internal static partial Regex SpeechCue();

    /// <summary>Cues of seeing rather than saying ("detected", "tracked"): weaker evidence of who speaks than "said".</summary>
    [GeneratedRegex("^(?:detected|identified|tracked|spotted|monitored|believed|believes|judged|analy[sz]ed|called|described)$", I)]
    internal static partial Regex PerceptionCue();

    [GeneratedRegex("^(?:It|They|He|She|The (?:agency|ministry|JCS|military|office|statement|report|official|officials|government|news agency|KCNA))\\s+(?:also\\s+)?(?:said|added|reported|noted|stated|quoted|told|claimed|explained)\\b", C)]
    internal static partial Regex CarryOverLead();

    [GeneratedRegex("\\b(?:former|ex-|late|then-)\\s*$", I)]
    internal static partial Regex FormerBefore();

    /// <summary>
    /// Who speaks: one pattern per party, most specific first (a South Korean newspaper is media, not Seoul; "Reports say
    /// ...", "..., reports suggested" are media too), tried in
    /// this order (<see cref="PartyPatterns"/>) as the alternatives of <see cref="SourceLexiconPattern"/> would be.
    /// Group names are the contract['\u2019]s source values without spaces.
    /// </summary>
    private const string MediaParty =
        "(?<media>(?:Japan|South Korea|China|Russia)['\u2019]s (?:public |state |national |main |largest )?(?:(?!Yonhap\\b)[A-Z][\\w-]+ ){0,2}(?:broadcaster|newspaper|daily|news agency|news outlet)(?: [A-Z][\\w-]+){0,2}|(?:an? )?(?:unnamed |anonymous |senior )?(?i:military|government|intelligence|diplomatic) sources?|(?i:sources) (?:familiar|close)|South Korean (?:publication|newspaper|media|broadcaster|news outlet|daily)|Japanese (?:media|broadcaster|public broadcaster|newspaper|daily)|Joong[Aa]ng Ilbo|Chosun Ilbo|Dong-A Ilbo|Kyodo(?: News)?|NHK|Reuters|Associated Press|CNN|NK News|38 North|(?i:(?:preliminary|initial|unconfirmed|latest|recent|earlier|early) (?:news |media )?reports?)|(?i:local media|media reports?|news reports?)|(?<![\\w.'\u2019-]\\s)(?-i:[Rr]eports)(?= (?:say|said|suggest(?:s|ed)?|indicat(?:e|es|ed)|claim(?:s|ed)?|show(?:s|ed)?)\\b)|Asahi|Yomiuri|Nikkei|AFP|Agence France-Presse|Bloomberg(?: News)?|BBC|NBC(?: News)?|CBS(?: News)?|ABC News|Fox News|(?:The )?Washington Post|(?:The )?New York Times|(?:The )?Wall Street Journal|Financial Times|Korea Herald|Korea Times|Korea JoongAng Daily|Hankyoreh|KBS|MBC|SBS|YTN|Newsis|News1|Daily NK|Radio Free Asia|Voice of America|Japan Times|Mainichi(?: Shimbun)?|Sankei(?: Shimbun)?|Jiji(?: Press)?|TV Asahi|Fuji (?:TV|News Network))";

    private const string ChinaParty =
        "(?<China>China(?:['\u2019]s|\u2019s)? (?:\\w+ ){0,2}?(?i:ministry|government|spokes(?:man|woman|person))|Chinese (?:\\w+ ){0,2}?(?i:ministry|government|officials?)|Beijing)";

    private const string RussiaParty =
        "(?<Russia>Russia(?:['\u2019]s|\u2019s|n)? (?:\\w+ ){0,2}?(?i:ministry|government|military|officials?)|Kremlin|Moscow)";

    private const string NorthKoreaParty =
        "(?<NorthKorea>KCNA|Korean Central News Agency|Korean Central (?:TV|Television)|KCTV|Rodong Sinmun|(?:North Korean |the North['\u2019]s |North Korea['\u2019]s )?(?i:state media|state-run media|state news agency|official news agency|state-run news agency)|North Korea(?:['\u2019]s|\u2019s|n) (?:\\w+ ){0,3}?(?i:media|agency|military|government|foreign ministry|officials?|academy|administration|authorities|leader|defen[cs]e ministry)|Academy of Defen[cs]e Science|(?:the )?(?:Ministry of (?:National )?Defen[cs]e|Missile Administration|Foreign Ministry|General Staff) of (?:the )?(?:DPRK|Democratic People['\u2019]s Republic of Korea)|(?:the )?(?:DPRK|North Korea|North Korean?)['\u2019]s (?:Ministry of (?:National )?Defen[cs]e|Foreign Ministry|Ministry of Foreign Affairs|Missile Administration|General Staff)|Democratic People['\u2019]s Republic of Korea|National Aerospace Development Administration|NADA|Missile Administration|Kim Jong[ -][Uu]n|(?:the )?DPRK|North Korea|Pyongyang|the North(?! Korean?\\b)|The North(?! Korean?\\b))";

    private const string SouthKoreaParty =
        "(?<SouthKorea>(?:South Korea['\u2019]s |South Korean |Seoul['\u2019]s |South['\u2019]s )?(?i:joint chiefs of staff)|(?:South Korea['\u2019]s |South Korean |Seoul['\u2019]s |South['\u2019]s )(?i:joint chiefs)|South['\u2019]s (?:\\w+ ){0,2}?(?i:military|defen[cs]e ministry|officials?|government|spy agency)|South(?= (?:said|says|reported|claimed|announced|added)\\b)|JCS|South Korean? (?:\\w+ ){0,3}?(?i:military|officials?|government|ministry|authorities|forces|army|navy|president|presidential office|spy agency|intelligence)|South Korea(?:['\u2019]s|\u2019s) (?:\\w+ ){0,3}?(?i:military|ministry|officials?|government|authorities|spy agency|intelligence service|office)|Seoul(?:['\u2019]s|\u2019s)? (?:\\w+ ){0,2}?(?i:officials?|military|government|ministry)|Yonhap(?: News Agency)?|(?i:unification ministry)|Ministry of National Defen[cs]e|National Intelligence Service|NIS|Office of National Security|(?i:presidential office)|Cheong Wa Dae|Blue House|(?i:the military)(?! of)|President (?:Yoon|Moon|Lee|Park)[\\w-]*(?: [A-Z][\\w-]+)?|South Korea|South Korean|Seoul)";

    private const string JapanParty =
        "(?<Japan>Japan(?:['\u2019]s|\u2019s) (?:\\w+ ){0,3}?(?i:ministry|government|coast guard|officials?|military|self-defense forces|prime minister|defen[cs]e minister|chief cabinet secretary|deputy (?:chief cabinet )?secretary(?:[- ]general)?)(?: [A-Z][\\w-]+){0,2}|Japanese (?:\\w+ ){0,3}?(?i:government|officials?|ministry|coast guard|military|prime minister|defen[cs]e minister|authorities)(?: [A-Z][\\w-]+){0,2}|(?i:(?:deputy )?chief cabinet secretary)(?: [A-Z][\\w-]+){0,2}|(?:Deputy )?Secretary General [A-Z][\\w-]+ [A-Z][\\w-]+|Prime Minister (?:[A-Z][\\w-]+ )?(?:Kishida|Takaichi|Ishiba|Abe|Suga|Noda|Koizumi)|Kishida|Takaichi|Ishiba|Tokyo|Japan)";

    private const string UnitedStatesParty =
        "(?<UnitedStates>(?:U\\.S\\.|US|American|United States) (?:\\w+ ){0,3}?(?i:officials?|military|indo-pacific command|forces korea|pacific command|government|department|strategic command|northern command|officers?|administration)|(?:U\\.S\\. )?Indo-Pacific Command|INDOPACOM|(?:U\\.S\\. )?Pacific Command|PACOM|USFK|Pentagon|White House|State Department|NORAD|Strategic Command|(?:Vice )?President (?:Joe |Donald (?:J\\. )?|Barack |George (?:W\\. )?)?(?:Biden|Trump|Obama|Bush|Harris|Pence|Vance)|(?:Secretary of State|Defen[cs]e Secretary|Secretary of Defen[cs]e|War Secretary|Secretary of War|(?i:national security (?:adviser|advisor))|White House press secretary|(?:White House )?(?:National Security Council|NSC) (?:spokes(?:man|woman|person)|coordinator for strategic communications))(?: [A-Z][\\w.-]+){0,3}|Washington|United States|U\\.S\\.|US)";

    /// <summary>The whole lexicon as one pattern: what <c>PartyMentions</c> must find (its tests compare the two).</summary>
    internal const string SourceLexiconPattern =
        "(?<!\\w)(?:" + MediaParty + "|" + ChinaParty + "|" + RussiaParty + "|" + NorthKoreaParty + "|" + SouthKoreaParty + "|" + JapanParty + "|" + UnitedStatesParty + ")(?!\\w)";

    /// <summary>
    /// The party patterns in the lexicon's order, each tried at one position only (<c>Match(text, at)</c>), with its
    /// text for <see cref="FirstWords"/>. One regex of all seven costs microseconds a try (every alternative is walked
    /// before a word no party starts with fails); a party tried only where its own first words stand costs a fraction.
    /// </summary>
    internal static readonly (string Pattern, Regex Regex)[] PartyPatterns =
    [
        (MediaParty, MediaPartyAt()),
        (ChinaParty, ChinaPartyAt()),
        (RussiaParty, RussiaPartyAt()),
        (NorthKoreaParty, NorthKoreaPartyAt()),
        (SouthKoreaParty, SouthKoreaPartyAt()),
        (JapanParty, JapanPartyAt()),
        (UnitedStatesParty, UnitedStatesPartyAt()),
    ];

    [GeneratedRegex("\\G(?<!\\w)(?:" + MediaParty + ")(?!\\w)", C)]
    private static partial Regex MediaPartyAt();

    [GeneratedRegex("\\G(?<!\\w)(?:" + ChinaParty + ")(?!\\w)", C)]
    private static partial Regex ChinaPartyAt();

    [GeneratedRegex("\\G(?<!\\w)(?:" + RussiaParty + ")(?!\\w)", C)]
    private static partial Regex RussiaPartyAt();

    [GeneratedRegex("\\G(?<!\\w)(?:" + NorthKoreaParty + ")(?!\\w)", C)]
    private static partial Regex NorthKoreaPartyAt();

    [GeneratedRegex("\\G(?<!\\w)(?:" + SouthKoreaParty + ")(?!\\w)", C)]
    private static partial Regex SouthKoreaPartyAt();

    [GeneratedRegex("\\G(?<!\\w)(?:" + JapanParty + ")(?!\\w)", C)]
    private static partial Regex JapanPartyAt();

    [GeneratedRegex("\\G(?<!\\w)(?:" + UnitedStatesParty + ")(?!\\w)", C)]
    private static partial Regex UnitedStatesPartyAt();

    [GeneratedRegex("^\\s*(?:high|in altitude|altitude|in height|above|into space|up)\\b", I)]
    internal static partial Regex AltitudeAfter();

    /// <summary>"splashed down 600 km away", "600 km downrange": a flight distance told after the figure.</summary>
    [GeneratedRegex("^\\s*(?:away|downrange)\\b(?!\\s+from)", I)]
    internal static partial Regex RangeAfter();

    // "traveled 580 miles for 39 minutes", "the missile travelled for 47 minutes": a distance travelled, or the launched
    // thing travelling, says the duration beside it is the flight's ("Kim travelled for five hours by train" does not).
    [GeneratedRegex("\\b(?:travell?ed\\s+(?:about\\s+|some\\s+|around\\s+|roughly\\s+|nearly\\s+|more than\\s+|approximately\\s+)?\\d[\\d,.]*\\s*(?:km|kilomet\\w+|miles?)|(?:it|missiles?|rockets?|projectiles?),?\\s+(?:which\\s+)?travell?ed|flew|flight|flying|airborne|aloft|in the air|in flight|lift-?off|after (?:the )?(?:launch|take-?off))\\b", I)]
    internal static partial Regex FlightWord();

    /// <summary>Launching parties other than North Korea, named as the subject of a launch.</summary>
    [GeneratedRegex("\\b(Iran|Russia|China|Houthis?|Yemen['\u2019]s Houthi\\w*|Pakistan|India|Israel|South Korea|Japan|[Tt]he United States|U\\.S(?=\\. (?:Air Force|Navy|Army|military|Space Force|Strategic Command))|Hamas|Hezbollah)\\b", C)]
    internal static partial Regex OtherActor();

    [GeneratedRegex("\\b(North Korean?|Pyongyang|the North|North(?=['\u2019]s\\s)|DPRK|N\\. Korean?|Kim Jong[ -]Un|Democratic People['\u2019]s Republic of Korea)\\b", C)]
    internal static partial Regex NorthKoreaActor();

    [GeneratedRegex("\\b(?:test|tests|tested|launch|launches|launched|fired|test-fired|firing)\\b", I)]
    internal static partial Regex LaunchOrTest();

    [GeneratedRegex("^(?:(?:The|This|That|Its)\\s+(?:\\w+\\s+){0,2}?(?:drill|test|launch|test-fire|firing|missiles?|rockets?|projectiles?)|(?:It|They|Both|All)\\s+(?:was|were|had been)\\s+(?:fired|launched|test-fired|test-launched))\\b", C)]
    internal static partial Regex ContinuationSubject();

    /// <summary>A launch told with a pronoun for the launched thing: "It was fired at 7:40 a.m. from ...".</summary>
    [GeneratedRegex("^(?:It|They|Both|All)\\s+(?:was|were|had been)\\s+(?:fired|launched|test-fired|test-launched)\\b", C)]
    internal static partial Regex PronounLaunch();

    [GeneratedRegex("\\b(?:latest|recent)\\b[^.]{0,40}\\blaunches\\b", I)]
    internal static partial Regex LatestLaunchesNominal();

    /// <summary>Plural launched things; "launches" only as a noun ("the launches"), not a headline's verb ("North Korea launches rocket").</summary>
    [GeneratedRegex("\\b(?:missiles|projectiles|rockets|ICBMs|SLBMs|SRBMs)\\b|(?:\\b(?:the|these|those|its|their|recent|latest|missile|rocket|test|multiple|several|two|three|four|five|six|both|twin|consecutive|repeated|more|such|of)|['\u2019]s)\\s+launches\\b", I)]
    internal static partial Regex PluralProjectile();

    /// <summary>
    /// Launch words that are nouns ("test launch", "launch of") or that also name ground tests ("tested"): a hedge
    /// anywhere in the sentence ("tested a solid-fuel engine for a new missile") governs them.
    /// </summary>
    [GeneratedRegex("^(?:test-fire|test-firing|test fire|launching drill|firing drill|test launch|test-launch|launch of|detected|tested|flight-tested)$", I)]
    internal static partial Regex NominalLaunch();

    /// <summary>A weekday that dates a statement ("said Tuesday", "reported on Monday"), not the launch.</summary>
    [GeneratedRegex("\\b(?:said|says|reported|announced|stated|told|added|confirmed|disclosed)\\s+(?:on\\s+)?$", I)]
    internal static partial Regex StatementBeforeWeekday();

    /// <summary>
    /// After a weekday: the launch was the day before it ("on Thursday criticised Iran's test-firing ... a day earlier",
    /// "protested on Tuesday the launch, which took place the previous day").
    /// </summary>
    [GeneratedRegex("\\b(?:(?:a|one) day (?:earlier|before|prior)|24 hours (?:earlier|before)|the (?:day before|day prior|previous day|preceding day|previous night|night before)|(?:came|comes|coming) (?:a|one) day after)\\b", I)]
    internal static partial Regex DayEarlier();

    /// <summary>A further launch in the same sentence: "... and another an hour later", "and one more".</summary>
    [GeneratedRegex("\\b(?:and|then|followed by|before firing|later fired)\\s+(?:another|one more|a second(?: one)?)\\b(?!\\s+(?:\\w+\\s+){0,3}?(?:missiles?|projectiles?|rockets?|ICBMs?|SLBMs?|SRBMs?)\\b)", I)]
    internal static partial Regex AnotherOne();

    /// <summary>What comes before a date that belongs to an earlier launch: "first since it fired a cruise missile on", "last test-fired a missile on".</summary>
    [GeneratedRegex("\\b(?:since|following|previous|earlier|prior|after (?:it|the North|North Korea|Pyongyang) (?:fired|launched|tested|test-fired)|last (?:test-fired|test-launched|fired|launched|tested|conducted))\\b[^,;]{0,60}$", I)]
    internal static partial Regex EarlierDateBefore();

    /// <summary>A party named as the agent ("fired by the North", "efforts by Pyongyang"), not as a speaker ("reported by KCNA", "an assessment by the JCS").</summary>
    [GeneratedRegex("(?<!\\b(?:reported|announced|released|published|quoted|cited|confirmed|stated|said|carried|disclosed|revealed|told|issued|statement|assessment|analysis|estimate|estimates|announcement|report|briefing|evaluation)\\s)\\bby\\s+(?:(?:an?|the|its)\\s+)?$", I)]
    internal static partial Regex AgentBefore();

    /// <summary>A party followed by a launch verb is the one launching ("after Pyongyang lobbed ..."), not a speaker.</summary>
    [GeneratedRegex("^\\s+(?:(?:also|again|reportedly|then|\\w+ly|on \\w+)\\s+)?(?:fired|fires|launched|launches|lobbed|test-fired|test-fires|test-launched|shot|conducted|carried out)\\b", I)]
    internal static partial Regex LaunchVerbAfterParty();

    /// <summary>After "1 413." : the decimals and unit of a figure typeset with a stray space ("1 413. 6km"), not a new sentence.</summary>
    [GeneratedRegex("^\\s?\\d{1,2}\\s?(?:km|kilomet|miles?\\b|m\\b)", C)]
    internal static partial Regex DecimalsAfterStop();

    /// <summary>A rocket-artillery system fired: its test is a volley of rockets even when no number is written.</summary>
    [GeneratedRegex("\\b(?:multiple[- ](?:rocket[- ]launchers?|launch(?:ing)? rocket systems?)|super[- ]large(?:[- ]cal(?:ibre|iber))? (?:multiple )?rocket[- ]launchers?|MLRS|volleys?|salvos?)\\b", I)]
    internal static partial Regex RocketVolley();

    /// <summary>A word opening the clause of the launch: hedges before it ("issued a warning after ...") do not govern the launch.</summary>
    [GeneratedRegex("\\b(?:after|when|(?<!\\b(?:such|well)\\s)as(?!\\s+well\\b)|because)\\b", I)]
    internal static partial Regex ClauseOpener();

    /// <summary>A clause about another launch inside a sentence about the story's ("similar to one fired in March that ..."): figures after it are that launch's.</summary>
    [GeneratedRegex("\\b(?:one|ones|the one|those|missiles?|rockets?|projectiles?)\\s+(?:it\\s+|the North\\s+|North Korea\\s+|Pyongyang\\s+)?(?:fired|launched|tested|test-fired|test-launched)\\s+(?:in|last|earlier|previously|during|(?:\\w+ )?(?:days|weeks|months|years) ago)\\b", I)]
    internal static partial Regex OtherLaunchClause();

    /// <summary>A sentence opening with the day ("On Friday, the rocket broke apart ..."): it tells when the launch happened.</summary>
    [GeneratedRegex("^(?:On|Early|Late|Shortly after \\S+ (?:a\\.m\\.|p\\.m\\.)|At \\S+ (?:a\\.m\\.|p\\.m\\.))\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b(?:\\s+(?:morning|afternoon|evening|night))?,", C)]
    internal static partial Regex OpeningDay();

    /// <summary>KCNA's flight time in bare seconds: "flew 1 002km for 4 415s".</summary>
    [GeneratedRegex("\\bfor\\s+(?<a>\\d{1,3}(?:(?:,|" + DigitGroupSpace + ")\\d{3})+|\\d+)\\s?s\\b", C)]
    internal static partial Regex BareSeconds();

    [GeneratedRegex("\\s+", C)]
    internal static partial Regex Space();

    /// <summary>A date followed at once by ", when ..." (the clause that tells what happened on that day).</summary>
    [GeneratedRegex(@"^(?:,\s*\d{4})?\s*,?\s*when\b", RegexOptions.IgnoreCase)]
    internal static partial Regex WhenClause();

    /// <summary>A clause that turns to an earlier launch: "days after it launched", "a week after the North fired".</summary>
    [GeneratedRegex(@"\b(?:days?|weeks?|months?|hours?)\s+after\s+(?:it|the North|Pyongyang|North Korea)\s+(?:had\s+)?(?:launched|fired|test-fired|tested)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex EarlierLaunchClause();
}
