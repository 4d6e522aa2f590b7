using CsvHelper;

namespace Apogee.Ballistics;

/// <summary>
/// A CSV table (read by CsvHelper's RFC 4180 parser) whose cells are addressed by header name, case-insensitively.
/// Lenient: a stray quote or a short row never throws; missing cells read as empty.
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        Header = header;
        Rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            _columns.TryAdd(header[i].Trim(), i);
        }
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    public bool HasColumn(string name) => _columns.ContainsKey(name);

    /// <summary>The cell of a row under a column, or "" when either is missing.</summary>
    public string Cell(IReadOnlyList<string> row, string column) =>
        _columns.TryGetValue(column, out var i) && i < row.Count ? row[i] : string.Empty;

    public static CsvTable Parse(string text)
    {
        var options = new CsvReaderOptions { Separator = ',', HasHeader = true, TrimWhitespace = false };
        using var reader = CsvReader.FromText((text ?? string.Empty).TrimStart('\uFEFF'), options);
        var header = reader.Headers.ToArray();
        var rows = new List<IReadOnlyList<string>>();
        while (reader.Read())
        {
            rows.Add(reader.Current.ToArray());
        }

        return new CsvTable(header, rows);
    }
}
