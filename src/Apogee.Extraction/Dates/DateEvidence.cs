using Apogee.Knowledge;

namespace Apogee.Extraction.Dates;

/// <summary>
/// What the resolver may use to date the primary launch: the reference day, the launch sentences' own day words,
/// dates elsewhere in the text and captions, and officeholders named. <see cref="StorySentences"/> are the other
/// sentences about the story's launch (not about earlier ones), searched for day words tied to the launch
/// ("Tuesday's test") when the launch sentences give none. <see cref="PreviousSentences"/> holds, for each launch
/// sentence and then each story sentence, the sentence before it in the text (empty for none): "South Korea said Thursday. The test, conducted the
/// previous day, ..." dates the launch from the statement's day across the sentence break.
/// </summary>
public sealed record DateEvidence(
    DateOnly? Published,
    DateOnly? Dateline,
    bool IsLateAnnouncement,
    IReadOnlyList<string> LaunchSentences,
    IReadOnlyList<string> AllTexts,
    IReadOnlyList<OfficeholderMention> Officeholders,
    IReadOnlyList<string>? StorySentences = null,
    IReadOnlyList<string>? PreviousSentences = null);
