namespace Apogee.Knowledge.Text;

/// <summary>One phrase found in a text: offsets into the original text and the value the phrase stands for.</summary>
internal readonly record struct PhraseMatch<T>(T Value, int Start, int Length);
