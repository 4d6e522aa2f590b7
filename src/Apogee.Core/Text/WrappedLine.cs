namespace Apogee.Core.Text;

/// <summary>
/// Hard-wrapped text (statements, press releases, plain-text wire copy) breaks lines inside sentences. A line that
/// ends without one of these characters and is followed at once by a line starting in lower case only wraps its
/// sentence. One rule for the cleaner's paragraphs and the sentence splitter's lines.
/// </summary>
public static class WrappedLine
{
    /// <summary>Whether a line ending in <paramref name="last"/> closes what it says: a stop, colon, semicolon, quote, bracket or bar.</summary>
    public static bool Closes(char last) => last is '.' or '!' or '?' or ':' or ';' or '"' or '\u201d' or '\u2019' or '\'' or ')' or ']' or '|';
}
