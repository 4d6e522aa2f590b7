namespace Apogee.Knowledge.Data;

/// <summary>One data line of a knowledge TSV file, with its 1-based line number for error messages.</summary>
internal sealed record TsvRow(int Line, IReadOnlyList<string> Fields);
