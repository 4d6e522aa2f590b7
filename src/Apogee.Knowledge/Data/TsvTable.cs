using Apogee.Core;

namespace Apogee.Knowledge.Data;

/// <summary>
/// A knowledge TSV file: a header line, then one record per line. Lines starting with '#' and blank lines
/// are comments, so hand-written files can explain themselves.
/// </summary>
internal sealed class TsvTable
{
    private readonly Dictionary<string, int> _columns;

    private TsvTable(string file, IReadOnlyList<string> header, IReadOnlyList<TsvRow> rows)
    {
        File = file;
        Header = header;
        Rows = rows;
        _columns = header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i, StringComparer.Ordinal);
    }

    public string File { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<TsvRow> Rows { get; }

    public static Result<TsvTable> Parse(string file, string content, IReadOnlyList<string> requiredColumns)
    {
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string[]? header = null;
        var rows = new List<TsvRow>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (header is null)
            {
                header = fields;
                continue;
            }

            if (fields.Length != header.Length)
            {
                return Result<TsvTable>.Fail(KnowledgeErrors.WrongFieldCount(file, i + 1, header.Length, fields.Length));
            }

            rows.Add(new TsvRow(i + 1, fields.Select(f => f.Trim()).ToArray()));
        }

        if (header is null)
        {
            return Result<TsvTable>.Fail(KnowledgeErrors.EmptyFile(file));
        }

        foreach (var column in requiredColumns)
        {
            if (!header.Contains(column, StringComparer.Ordinal))
            {
                return Result<TsvTable>.Fail(KnowledgeErrors.MissingColumn(file, column));
            }
        }

        return Result<TsvTable>.Ok(new TsvTable(file, header, rows));
    }

    public string Get(TsvRow row, string column) => row.Fields[_columns[column]];

    /// <summary>A '|'-separated list field; empty entries are dropped.</summary>
    public IReadOnlyList<string> GetList(TsvRow row, string column) =>
        Get(row, column).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
