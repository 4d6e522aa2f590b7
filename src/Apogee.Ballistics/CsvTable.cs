using System.Text;

namespace Apogee.Ballistics;

/// <summary>
/// A small RFC 4180 reader (quoted fields, doubled quotes, newlines inside quotes) so the physics project needs
/// no package. Lenient: a stray quote or a short row never throws; missing cells read as empty.
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
        var records = new List<IReadOnlyList<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var i = 0;
        text ??= string.Empty;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            i = 1; // byte-order mark
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                records.Add(fields.ToArray());
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(fields.ToArray());
        }

        records.RemoveAll(r => r.Count == 1 && r[0].Length == 0);
        return records.Count == 0 ? new CsvTable([], []) : new CsvTable(records[0], records.Skip(1).ToList());
    }
}
