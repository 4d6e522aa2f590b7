using Apogee.Extraction.Sentences;

namespace Apogee.Extraction.Attribution;

/// <summary>Attributes every sentence of a document to a source, carrying attributions over where the text does.</summary>
public interface ISourceAttributor
{
    IReadOnlyList<Attribution> Attribute(IReadOnlyList<Sentence> sentences, string defaultSource);
}
