namespace Apogee.Extraction.Text;

/// <summary>
/// The long word alternations asked of every sentence, each tried only where one of its first words stands
/// (<see cref="LeadingWords"/>): the same matches, at a fraction of the cost where the engine would otherwise try the
/// pattern at nearly every word. Tests hold each equal to its regex on the real corpora.
/// </summary>
internal static class Prefiltered
{
    public static readonly LeadingWords SpeechCue = new(ExtractionPatterns.SpeechCue(), ExtractionPatterns.SpeechCueAt());
    public static readonly LeadingWords WeakOtherLaunchMarker = new(ExtractionPatterns.WeakOtherLaunchMarker(), ExtractionPatterns.WeakOtherLaunchMarkerAt());
    public static readonly LeadingWords Counterfactual = new(ExtractionPatterns.Counterfactual(), ExtractionPatterns.CounterfactualAt());
    public static readonly LeadingWords DayCue = new(ExtractionPatterns.DayCue(), ExtractionPatterns.DayCueAt());
    public static readonly LeadingWords NominalLaunchMention = new(ExtractionPatterns.NominalLaunchMention(), ExtractionPatterns.NominalLaunchMentionAt());
    public static readonly LeadingWords CategoryWord = new(ExtractionPatterns.CategoryWord(), ExtractionPatterns.CategoryWordAt());
    public static readonly LeadingWords DescribesLaunchedThing = new(ExtractionPatterns.DescribesLaunchedThing(), ExtractionPatterns.DescribesLaunchedThingAt());
    public static readonly LeadingWords PlaceBeforeParty = new(ExtractionPatterns.PlaceBeforeParty(), ExtractionPatterns.PlaceBeforePartyAt());

    /// <summary>The last part of the launch verb (the other three have few first words: the engine searches for them itself).</summary>
    public static readonly LeadingWords PastLaunchVerbPlain = new(ExtractionPatterns.PastLaunchVerbParts[^1], ExtractionPatterns.PastLaunchVerbPlainAt());

    /// <summary>Every prefiltered pattern (for the tests).</summary>
    internal static IReadOnlyList<LeadingWords> All =>
        [SpeechCue, WeakOtherLaunchMarker, Counterfactual, DayCue, NominalLaunchMention, CategoryWord, DescribesLaunchedThing, PlaceBeforeParty, PastLaunchVerbPlain];
}
