namespace Apogee.Extraction.Sentences;

/// <summary>Splits clean text into sentences whose offsets point back into it.</summary>
public interface ISentenceSplitter
{
    IReadOnlyList<Sentence> Split(string text);
}
