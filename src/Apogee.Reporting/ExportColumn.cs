namespace Apogee.Reporting;

/// <summary>A named export column and how to read its cell from a row.</summary>
public sealed record ExportColumn(string Name, Func<ExportRow, object?> Cell);
