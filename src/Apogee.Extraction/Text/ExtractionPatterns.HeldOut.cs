using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>
/// Patterns for the classes of phrasing the spent held-out third of dev2 showed (docs/EXTRACTION.md "The held-out
/// third, spent"); each is written for the class, with synthetic tests in several outlets' styles.
/// </summary>
internal static partial class ExtractionPatterns
{
    /// <summary>
    /// Right after the launching side named first in its sentence: it speaks, with an adverb or an auxiliary between
    /// ("North Korea later claimed", "Pyongyang has since said", "The North itself announced", "North Korea on Tuesday
    /// said"), not "North Korea later fired".
    /// </summary>
    [GeneratedRegex("^\\s*(?:(?:later|also|itself|separately|subsequently|since|then|quickly|swiftly|has|had|have|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\\s+){0,2}(?:said|says|announced|announces|claimed|claims|reported|reports|confirmed|insisted|boasted|stated)\\b", C)]
    internal static partial Regex SpeakerVerbNext();

    /// <summary>
    /// Up to a "came after" marker: a reaction that came right after the launch ("His comments came a day after
    /// Pyongyang test-fired ...", "The statement came hours after North Korea fired ...", "Japan's protest comes just
    /// after ..."): the launch after the marker is the one reacted to, the story's, not an earlier one. Not "the launch
    /// came a day after" nor a reaction weeks later.
    /// </summary>
    [GeneratedRegex("\\b(?:comments?|remarks?|statements?|warnings?|condemnation|tweets?|calls?|protests?|criticism|reactions?|response|announcement|rebuke|denunciation)\\s+(?:[\\w'\u2019-]+\\s+){0,3}?(?:came|comes|coming)\\s+(?:(?:a day|hours|just|shortly|soon|minutes|moments)\\s+)?after$", I)]
    internal static partial Regex ReactionCameAfter();

    /// <summary>
    /// Another country's launched thing as the subject of a flight or launch ("The American intercontinental ballistic
    /// missile flew 4,200 miles ...", "The South Korean missile, which was launched from ...", "A Japanese interceptor
    /// was fired ..."), or another country testing in a headline's present tense ("South Korea tests its new cruise
    /// missile"): that launch's facts are not the story's. Only adjectives and names stand between, so "the U.S.
    /// military said the missile flew" is not one.
    /// </summary>
    [GeneratedRegex("\\b(?:[Tt]he|An?|an?)\\s+(?:American|U\\.S\\.|US|South Korean|Japanese|Russian|Chinese|Iranian|Indian)\\s+(?:(?:[A-Z][\\w.-]*|\\w+-\\w[\\w-]*|new|intercontinental|ballistic|cruise|unarmed|mock|target|test)\\s+){0,3}(?:missiles?|rockets?|ICBMs?|interceptors?)(?:,?\\s+which)?\\s+(?:(?:was|were)\\s+)?(?:flew|launched|fired|test-fired|travell?ed)\\b|\\b(?:South Korea|Japan|the U\\.S\\.|U\\.S\\.|US|India|Russia|China|Iran)\\s+(?:tests|test-fires|fires|launches)\\s+(?:its|an?|new|two|three)\\b", C)]
    internal static partial Regex ForeignLaunchedThing();

    /// <summary>Between two names of one place: "of" or a comma ("the North Korean capital of Pyongyang").</summary>
    [GeneratedRegex("^\\s*(?:of|,)\\s*$", I)]
    internal static partial Regex SamePlaceJoin();

    /// <summary>
    /// A sentence whose subject shows a weapon rather than firing it ("It has shown off two versions of a ballistic
    /// missile", "North Korea also paraded its new ICBMs", "Pyongyang unveiled a solid-fuel missile in October"): what it
    /// displays is not what was launched.
    /// </summary>
    [GeneratedRegex("^(?:It|They|North Korea|Pyongyang|The North|The regime|Kim(?: Jong[ -][Uu]n)?)\\s+(?:(?:has|have|had|also|previously|recently|earlier)\\s+){0,2}(?:shown off|showed off|displayed|paraded|unveiled|showcased|exhibited)\\b", C)]
    internal static partial Regex DisplayedNotLaunched();
}
