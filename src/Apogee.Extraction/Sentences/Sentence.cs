namespace Apogee.Extraction.Sentences;

/// <summary>A sentence of the clean text: <c>text[Start..End] == Text</c>; <see cref="Paragraph"/> counts line breaks before it.</summary>
public sealed record Sentence(int Index, int Start, int End, string Text, int Paragraph);
