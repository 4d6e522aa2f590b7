using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>Patterns that tell who launched from who speaks of, watches or answers the launch (issue #11, actor on news never seen).</summary>
internal static partial class ExtractionPatterns
{
    /// <summary>
    /// After a party named before the launch verb: it speaks of or watches the launch, it does not launch ("Japan's defense
    /// ministry said a missile was launched", "South Korea detected the launch", "the U.S. military said it tracked", "Russia's
    /// foreign ministry urged restraint after the launch", "Israel's Arrow system intercepted a missile launched from Yemen"). Asked
    /// of the text right after the party's name; a launch verb in between makes the party the launcher.
    /// </summary>
    [GeneratedRegex("^\\.?(?:['\u2019]s?)?(?:\\s+(?!(?:fired|launched|test-fired|test-launched|tested|fires|launches)\\b)[\\w.'\u2019-]+){0,5}?\\s+(?:said|says|told|tells|reported|reports|announced|confirmed|detected|tracked|spotted|monitored|observed|noted|stated|added|warned|believes|believed|estimated|assessed|condemned|claimed|urged|called|expressed|protested|lodged|criticized|criticised|denounced|slammed|voiced|demanded|convened|issued|summoned|vowed|reacted|intercepted|downed|shot down)\\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex PartySpeaksAfter();

    /// <summary>
    /// Where the launch came from, after the launch verb, when no launcher is its subject: "a missile was launched from
    /// North Korea", "detected a missile launched from the Sunan area of Pyongyang", "a ballistic missile fired from Yemen".
    /// </summary>
    [GeneratedRegex("\\bfrom\\s+(?:the\\s+)?(?:(?-i:[A-Z][\\w-]*)\\s+){0,2}?(?:(?:area|vicinity|region|province|coast|territory|side)\\s+of\\s+)?(?<who>North Korea|the North|North Korean|Pyongyang|DPRK|the DPRK|Iran|Yemen|Russia|China|Pakistan|India)\\b", RegexOptions.CultureInvariant)]
    internal static partial Regex LaunchOrigin();

    /// <summary>
    /// Another party's firing that answers North Korea's launch ("fired eight missiles in response to North Korea's
    /// launch", "in a show of force after the North launched an ICBM"): the report's launch is the North's. A plain time
    /// clause ("tested a Minuteman III days after North Korea launched") does not make the other party's test an answer.
    /// </summary>
    [GeneratedRegex("\\b(?:in (?:response|retaliation|reply|answer) to|in a show of force|responding to|countering|to counter)\\b[^.;]{0,100}?\\b(?:North Korea|North Korean|Pyongyang|the North|DPRK|N\\. Korea)\\b[^.;]{0,60}?\\b(?:launch\\w*|fired|firing|missiles?|ICBMs?|rockets?|test\\w*)\\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex AnswersNorthKorea();

    /// <summary>
    /// Other countries' launch systems, agencies and launch sites, by country (a named group each): who launched when the
    /// sentence names no party ("An unarmed Minuteman III was launched from Vandenberg", "The Korea Aerospace Research
    /// Institute launched the Nuri rocket", "JAXA's H3 lifted off"). North Korea's own names are not here: it is the default.
    /// </summary>
    [GeneratedRegex("\\b(?:(?<us>(?:[Tt]he Pentagon|U\\.?S\\.? military|US military)(?=\\s+(?:(?:successfully|has|had|also)\\s+)?(?:launched|test-fired|test-launched|fired|tested)\\b)|Minuteman(?: III| 3)?|Trident(?: II| 2)?|Vandenberg|Cape Canaveral|Kennedy Space Center|SpaceX|Falcon 9|Air Force Global Strike Command|Missile Defense Agency|NASA|U\\.S\\. (?:Air Force|Navy|Army|Space Force)|Sentinel ICBM)|(?<sk>Nuri|Naro(?:-1)?|KSLV(?:-\\w+)?|Hyunmoo(?:-\\w+)?|Korea Aerospace Research Institute|KARI|Agency for Defen[cs]e Development|ADD|Goheung|Chunmoo|Republic of Korea (?:Army|Navy|Air Force)|ROK (?:Army|Navy|Air Force|military))|(?<jp>H-2A|H-IIA|H-2B|H-IIB|H3|H-3 rocket|Epsilon|JAXA|Japan Aerospace Exploration Agency|Tanegashima|Uchinoura|Mitsubishi Heavy Industries)|(?<ir>IRGC|Revolutionary Guards?|Islamic Revolutionary Guard Corps|Safir|Simorgh|Qaem-100|Shahab(?:-\\d)?|Sejj?il|Zuljanah|Imam Khomeini Spaceport|Semnan)|(?<ru>Sarmat|Yars|Bulava|Topol(?:-M)?|Plesetsk|Vostochny|Baikonur|Kapustin Yar|Roscosmos|Oreshnik|Angara)|(?<cn>Long March|Jiuquan|Wenchang|Xichang|Taiyuan|DF-\\d+\\w*|Dongfeng-\\d+|JL-\\d|PLA Rocket Force|People's Liberation Army)|(?<in>Agni(?:-\\w+)?|Prithvi|BrahMos|DRDO|ISRO|Sriharikota|PSLV|GSLV)|(?<pk>Shaheen(?:-\\w+)?|Ghauri|Babur|Ababeel|Ghaznavi)|(?<ho>Houthis?|Ansar Allah))\\b", RegexOptions.CultureInvariant)]
    internal static partial Regex KnownLauncher();

    /// <summary>
    /// A missile-defence test: the U.S. side shoots down a target no other party launched ("The Pentagon successfully shot
    /// down an intercontinental ballistic missile", "the U.S. military intercepted a mock ICBM over the Pacific", "the
    /// Missile Defense Agency destroyed a target missile"). The target and the interceptor are the tester's own; "shot
    /// down a North Korean missile" or "a missile launched from Yemen" is an interception of another's launch.
    /// </summary>
    [GeneratedRegex("\\b(?:[Tt]he Pentagon|U\\.?S\\.? military|US military|Missile Defense Agency|U\\.S\\. (?:Air Force|Navy|Army))\\s+(?:(?:successfully|has|had|also)\\s+)?(?:shot down|intercepted|destroyed)\\s+(?:an?|the|its|two)\\s+(?:(?!North\\b|Iran|Houthi|Yemen|Russia|Chin)[\\w-]+\\s+){0,3}?(?:missiles?|ICBMs?|IRBMs?|targets?|warheads?)\\b(?![^.;]{0,60}?\\b(?:launched|fired)\\s+(?:from|by)\\b)", RegexOptions.CultureInvariant)]
    internal static partial Regex InterceptTest();

    /// <summary>"... said it had test-fired", "... said they successfully launched": a pronoun subject right before the verb.</summary>
    [GeneratedRegex("\\b(?:it|they)\\s+(?:(?:had|has|have|also|successfully|again)\\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex PronounBeforeVerb();

    /// <summary>Launch verbs that tell of watching a launch, not making it: "detected".</summary>
    [GeneratedRegex("^(?:detected)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex WatchVerb();
}
