using System.Text.RegularExpressions;

namespace Apogee.Extraction.Text;

/// <summary>
/// The long word alternations of <see cref="Prefiltered"/>, each anchored with <c>\G</c>: tried only where one of the
/// pattern's first words stands (<see cref="LeadingWords"/>). Each is its pattern behind <c>\G</c>, with its options
/// (a test holds them so).
/// </summary>
internal static partial class ExtractionPatterns
{
    [GeneratedRegex("\\G(?:" + SpeechCuePattern + ")", I)]
    internal static partial Regex SpeechCueAt();

    [GeneratedRegex("\\G(?:" + WeakOtherLaunchMarkerPattern + ")", I)]
    internal static partial Regex WeakOtherLaunchMarkerAt();

    [GeneratedRegex("\\G(?:" + CounterfactualPattern + ")", I)]
    internal static partial Regex CounterfactualAt();

    [GeneratedRegex("\\G(?:" + CategoryWordPattern + ")", I)]
    internal static partial Regex CategoryWordAt();

    [GeneratedRegex("\\G(?:" + DayCuePattern + ")", I)]
    internal static partial Regex DayCueAt();

    [GeneratedRegex("\\G(?:" + NominalLaunchMentionPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex NominalLaunchMentionAt();

    [GeneratedRegex("\\G(?:" + DescribesLaunchedThingPattern + ")", I)]
    internal static partial Regex DescribesLaunchedThingAt();

    [GeneratedRegex("\\G(?:" + PlaceBeforePartyPattern + ")", I)]
    internal static partial Regex PlaceBeforePartyAt();

    [GeneratedRegex("\\G(?:\\b(?:" + PastLaunchVerbPlain + ")\\b)", I)]
    internal static partial Regex PastLaunchVerbPlainAt();
}
