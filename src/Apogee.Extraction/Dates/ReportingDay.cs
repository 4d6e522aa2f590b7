using Apogee.Extraction.Text;

namespace Apogee.Extraction.Dates;

/// <summary>
/// The day a party reported the launch on ("South Korea's military said on Thursday that the North had fired ..."),
/// which dates a launch the text gives no day of its own.
/// </summary>
public static class ReportingDay
{
    /// <summary>
    /// Whether the statement's day word at <paramref name="start"/>..<paramref name="end"/> is the day a party other than the launching side reported the launch on ("said on
    /// Thursday", "Japan on Thursday said"): a reporting verb right beside it, its subject not the launcher's state
    /// media (KCNA reports a launch the next morning: "North Korea said on Friday it had tested ...").
    /// </summary>
    public static bool Is(string s, int start, int end)
    {
        var from = Math.Max(0, start - 60);
        int verbAt;
        if (ExtractionPatterns.SpeechBeforeDay().Match(s, from, start - from) is { Success: true } v) verbAt = v.Index;
        else if (ExtractionPatterns.SpeechAfterDay().IsMatch(s.AsSpan(end))) verbAt = start;
        else return false;

        // The speaker: the words before the verb back to the clause's start ("..., South Korea's military said").
        var head = s.AsSpan(0, verbAt);
        var open = head.LastIndexOfAny(",;:\u2014");
        var subject = open < 0 ? head : head[(open + 1)..];
        return !ExtractionPatterns.LaunchingSideSpeaker().IsMatch(subject.Length > 120 ? subject[^120..] : subject);
    }
}
