using Apogee.Extraction.Text;

namespace Apogee.Extraction.Attribution;

/// <summary>
/// "After North Korea fired a barrage of missiles on Saturday, President X said he remains confident ...": the facts of
/// a fronted time clause are the reporter's setting of the scene; the speaker named after it says only what follows.
/// Likewise a source set off in an aside after a conjunction speaks only for the clause it opens.
/// </summary>
internal static class FrontedClause
{
    /// <summary>Where the fronted clause ends (its comma), or -1 when the sentence has none or its speaker is named inside it.</summary>
    public static int End(string sentence, string? speaker)
    {
        if (speaker is null) return -1;
        var m = ExtractionPatterns.FrontedTimeClause().Match(sentence);
        if (!m.Success) return -1;
        var end = m.Index + m.Length;
        // The speaker must be named after the clause: "After the launch, the JCS said ..." (not "After the JCS said ...").
        return sentence.IndexOf(speaker, end, StringComparison.Ordinal) >= end && sentence.IndexOf(speaker, 0, end, StringComparison.Ordinal) < 0 ? end : -1;
    }

    /// <summary>
    /// Where an aside "and, according to Y," opens the clause its speaker is named for (its conjunction), or -1: what the
    /// sentence told before it is not Y's ("a missile that blasted off from X and, according to Y, went higher").
    /// </summary>
    public static int AsideStart(string sentence, string? speaker)
    {
        if (speaker is null) return -1;
        var m = ExtractionPatterns.ConjoinedSourceAside().Match(sentence);
        if (!m.Success) return -1;
        var end = m.Index + m.Length;
        return sentence.IndexOf(speaker, 0, end, StringComparison.Ordinal) < 0 && sentence.IndexOf(speaker, end, StringComparison.Ordinal) >= end ? m.Index : -1;
    }
}
